package org.zhifa.casefile;

import java.math.BigDecimal;
import java.util.List;

/**
 * The investigation report (案件调查终结报告) with the proposed penalty.
 *
 * @param facts the facts found
 * @param evidenceRefs references to the evidence
 * @param legalBasis the provisions violated and the penalty provision
 * @param proposedPenaltyKinds kinds of penalty (行政处罚法 Art 9), e.g. WARNING, FINE, CONFISCATION
 * @param proposedFine the proposed fine in yuan, zero without a fine
 */
public record InvestigationReport(String facts, List<String> evidenceRefs, String legalBasis,
		List<String> proposedPenaltyKinds, BigDecimal proposedFine) {
}

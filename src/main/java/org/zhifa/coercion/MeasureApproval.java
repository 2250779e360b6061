package org.zhifa.coercion;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision of the organ's head on a coercive measure: the prior approval (行政强制法 Art 18(1)), the approval after
 * an emergency (Art 19) or the extension of the term (Art 25(1)).
 */
@Table("coercive_measure_approval")
public record MeasureApproval(Kind kind, String approver, boolean approved, String opinion, Instant decidedAt) {

	/** Which approval. */
	public enum Kind {
		PRIOR, EMERGENCY, EXTENSION
	}

}

package org.zhifa.casefile;

/**
 * A case is closed and archived. Published in the transaction that archives it, for the feedback to the clue's source
 * (the clue intake owns the source's address and its outbox).
 *
 * @param caseNo the case number
 * @param clueNo the clue the case came from
 * @param outcome the final state before archiving: PAID, SERVED, NO_PENALTY, TRANSFERRED, WITHDRAWN, FILING_REFUSED
 * @param decisionNo the decision number, {@code null} without a penalty decision
 */
public record CaseClosedEvent(String caseNo, String clueNo, String outcome, String decisionNo) {
}

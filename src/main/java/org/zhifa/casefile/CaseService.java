package org.zhifa.casefile;

import java.time.Instant;

import org.zhifa.deadline.DateInterval;

/**
 * What the steps of {@code PenaltyCaseProcess} and {@code SimpleProcedureProcess} do to a case record. Each method
 * changes the record in the caller's
 * transaction (the engine's, when called from a delegate), so a failing step rolls back the engine's state and our
 * rows together.
 */
public interface CaseService {

	/**
	 * Files the case (立案): records cause, party and handlers, and starts the decision limit (行政处罚法 Art 60).
	 * @return when it was filed and when the decision is due
	 * @throws org.zhifa.web.InvalidRequestException naming the offending fields (handlers, party identity)
	 */
	FiledCase fileCase(String caseNo, Filing filing);

	/** Records that the squad leader refused the filing, with the reason. */
	void refuseFiling(String caseNo, String reason);

	/**
	 * Records the head's decision on a recusal request (回避, Art 43); a granted one replaces the handler.
	 * @throws org.zhifa.web.InvalidRequestException when the replacement may not handle the case
	 */
	void decideRecusal(String caseNo, String recusedHandler, boolean granted, String replacementHandler);

	/**
	 * Extends the decision limit by {@code decisionLimitExtension}, approved by the team leader.
	 * @return the new end of the decision limit
	 */
	Instant extendDecisionLimit(String caseNo);

	/**
	 * Leaves the days of a hearing out of the decision limit (听证期间不计入办案期限): the limit is counted again from
	 * the filing without them, and extended again if it was extended. Idempotent for the same days.
	 * @return the new end of the decision limit
	 */
	Instant excludeFromDecisionLimit(String caseNo, DateInterval excluded);

	/** Records the investigation report (调查终结报告) with the proposed penalty. */
	void recordInvestigationReport(String caseNo, InvestigationReport report);

	/** Records the procedure class the decision table gave (ORDINARY, MAJOR, SIMPLE). */
	void recordProcedureClass(String caseNo, String procedureClass);

	/** No penalty (行政处罚法 Art 33, Art 57(1)(2)-(3)), with the reason and the education given. */
	void recordNoPenalty(String caseNo, String reason);

	/** Transfer to the judicial organs because a crime is suspected (行政处罚法 Art 27). */
	void transferToJudicialOrgan(String caseNo, String reason);

	/** Withdrawal of the filing (撤销立案). */
	void withdrawFiling(String caseNo, String reason);

	/**
	 * Makes the penalty decision: checks that the penalty is not heavier than proposed (行政处罚法 Art 45: never
	 * heavier because the party defended), numbers it and issues the payment code for a fine. Idempotent: a decided
	 * case answers its decision again.
	 * @throws org.zhifa.web.InvalidRequestException naming decidedFine or decidedPenaltyKinds when heavier
	 */
	IssuedDecision issueDecision(String caseNo, DecisionInput decision);

	/**
	 * Records the service of the decision (送达) by its method.
	 * @return when the decision counts as served: the service date, or the end of the public-notice period
	 */
	Instant recordService(String caseNo, String method, Instant servedAt);

	/**
	 * Makes the simple procedure's decision on the spot (当场处罚, 行政处罚法 Arts 51–52): checks the party, the two
	 * certified officers and the limits of Art 51 and Art 68, numbers the decision, records it as handed to the party,
	 * and issues the payment code for a fine that is not collected on the spot. Idempotent: a decided case answers its
	 * decision again.
	 * @throws org.zhifa.web.InvalidRequestException naming the offending fields (a penalty beyond the limits belongs to
	 *     the ordinary procedure)
	 */
	IssuedDecision decideOnTheSpot(String caseNo, OnTheSpotDecision decision);

	/**
	 * Records a fine collected on the spot against the fiscal receipt (Arts 68, 70): the case is paid. Idempotent.
	 * @return when it was collected: the hand-over period (Art 71) runs from here
	 * @throws org.zhifa.web.InvalidRequestException naming collectedAmount when it is not the fine decided
	 */
	Instant recordOnTheSpotCollection(String caseNo, String fiscalReceiptNo, java.math.BigDecimal amount);

	/** Records that the officers handed the cash collected on the spot to the organ (Art 71). Idempotent. */
	void recordCashHandOver(String caseNo, Instant handedOverAt);

	/** Records that the on-the-spot decision was filed with the organ (备案, Art 52). Idempotent. */
	void recordFilingWithOrgan(String caseNo, Instant filedAt);

	/**
	 * Records that a reconsideration organ or a court revoked the decision: an open case ends as revoked, and the
	 * payment order, if unpaid, is withdrawn. Idempotent.
	 */
	void recordRevocation(String caseNo, String reason);

	/**
	 * Records that a reconsideration organ or a court changed the fine: the unpaid payment order is amended to it.
	 * @throws org.zhifa.web.InvalidRequestException naming changedFine when it is not a positive amount
	 */
	void recordChangedFine(String caseNo, java.math.BigDecimal fine);

	/** Closes and archives the case (结案, 归档). */
	void archive(String caseNo);

	/** Tells the source of the clue the outcome: publishes a {@link CaseClosedEvent}. */
	void reportOutcomeToSource(String caseNo);

	/**
	 * @param filedAt when the filing was approved
	 * @param decisionDueAt the end of the decision limit
	 */
	record FiledCase(Instant filedAt, Instant decisionDueAt) {
	}

}

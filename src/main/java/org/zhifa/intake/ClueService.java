package org.zhifa.intake;

import org.zhifa.routing.RoutingResult;

/**
 * What the steps of {@code ClueIntakeProcess} do to a clue. Each method changes the clue record in the caller's
 * transaction (the engine's, when called from a delegate) and is safe to call twice with the same arguments, since a
 * delegate behind an async boundary may run again.
 */
public interface ClueService {

	/**
	 * Routes the clue with the decision tables under the catalogue version in force, and records the result and the
	 * version with the clue.
	 * @throws org.zhifa.web.NotFoundException for an unknown clue number
	 */
	RoutingResult route(String clueNo);

	/**
	 * Records the sub-centre's classification of a clue whose item and line area were unknown, or that was sent back.
	 * @throws org.zhifa.web.InvalidRequestException naming lineArea or itemCode when unknown
	 */
	void classify(String clueNo, String lineArea, String itemCode);

	/**
	 * Records the command centre's manual dispatch of a clue no rule matched.
	 * @throws org.zhifa.web.InvalidRequestException naming handlingBody or squad when unknown
	 */
	void dispatchManually(String clueNo, String handlingBody, String squad);

	/**
	 * Files a case for the clue: the clue is FILED and a {@link ClueFiledEvent} is published in the same transaction,
	 * from which the case file starts the penalty case.
	 * @param procedure SIMPLE or ORDINARY
	 */
	void fileCase(String clueNo, String procedure);

	/**
	 * Records that no case is filed, with the reason and, for a minor or first violation, the education given.
	 * @throws org.zhifa.web.InvalidRequestException naming educationRecord when it is missing for MINOR_FIRST_VIOLATION
	 */
	void recordNotFiled(String clueNo, ClueIntakeProcess.NotFiledReason reason, String educationRecord);

	/**
	 * Records the transfer letter (移送函) to the handling body or district and sends it through the outbox.
	 * @return the letter's number
	 */
	String sendTransferLetter(String clueNo);

	/**
	 * Sends the receiving body a reminder that the transfer still waits for its feedback.
	 * @param reminderNo 1 for the first reminder
	 */
	void remindTransfer(String clueNo, int reminderNo);

	/** Records the receiving body's feedback on a transfer. */
	void recordTransferFeedback(String clueNo, String feedback);

	/**
	 * Tells the source of the clue (department, territorial unit, complainant) the outcome, through the outbox.
	 */
	void sendOutcomeToSource(String clueNo);

	/**
	 * Tells the source of the clue the outcome of the case filed from it, through the outbox; nothing when the source
	 * is owed no feedback (patrol, camera).
	 * @param outcome the case's final state
	 * @param decisionNo the penalty decision's number, or {@code null}
	 */
	void sendCaseOutcomeToSource(String clueNo, String caseNo, String outcome, String decisionNo);

}

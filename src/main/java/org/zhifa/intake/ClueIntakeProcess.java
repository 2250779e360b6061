package org.zhifa.intake;

/**
 * Backing constants of {@code processes/clue-intake-process.bpmn}: the key, the variable names (equal to the form
 * field keys) and the message names. Process variables hold the clue number, routing results and outcomes only; the
 * clue itself lives in our tables, keyed by the clue number (the business key).
 */
public final class ClueIntakeProcess {

	public static final String KEY = "ClueIntakeProcess";

	/** The clue number, also the business key. */
	public static final String CLUE_NO = "clueNo";

	public static final String LINE_AREA = "lineArea";

	public static final String ITEM_CODE = "itemCode";

	public static final String AREA_CODE = "areaCode";

	/** When the clue was registered (java.util.Date): the filing limit runs from here. */
	public static final String REGISTERED_AT = "registeredAt";

	/** Routing result: COMPREHENSIVE, one of the 3+5, DISTRICT or MANUAL_DISPATCH. */
	public static final String HANDLING_BODY = "handlingBody";

	/** Routing result: the squad (candidate group of the verification task). */
	public static final String SQUAD = "squad";

	public static final String CATALOGUE_VERSION = "catalogueVersion";

	/** Outcome of the verification (核查): see {@link VerificationOutcome}. */
	public static final String VERIFICATION_OUTCOME = "verificationOutcome";

	/** Why no case is filed: see {@link NotFiledReason}. */
	public static final String NOT_FILED_REASON = "notFiledReason";

	/** The education given to a minor or first offender (Art 33), required with MINOR_FIRST_VIOLATION. */
	public static final String EDUCATION_RECORD = "educationRecord";

	/** The procedure a filed case follows: SIMPLE or ORDINARY. */
	public static final String PROCEDURE = "procedure";

	/** The verifying officer's findings. */
	public static final String VERIFICATION_NOTES = "verificationNotes";

	/** How many reminders were sent for an unanswered transfer. */
	public static final String REMINDER_COUNT = "reminderCount";

	/** The receiving body's answer to a transfer. */
	public static final String TRANSFER_FEEDBACK = "transferFeedback";

	/** The number of the transfer letter (移送函) sent to the receiving body. */
	public static final String TRANSFER_LETTER_NO = "transferLetterNo";

	/** What the command centre did to press an unanswered transfer (督办). */
	public static final String ESCALATION_NOTES = "escalationNotes";

	/** Message: the body a clue was transferred to reports back. */
	public static final String MSG_TRANSFER_FEEDBACK = "Msg_TransferFeedback";

	/** Reminders after which an unanswered transfer goes to the command centre for escalation. */
	public static final int REMINDERS_BEFORE_ESCALATION = 2;

	private ClueIntakeProcess() {
	}

	/** Element ids of the model that code, tests and logs refer to. */
	public static final class Elements {

		public static final String START_CLUE_REGISTERED = "StartEvent_ClueRegistered";

		public static final String GATEWAY_ITEM_KNOWN = "Gateway_ItemKnown";

		public static final String TASK_CLASSIFY_CLUE = "Task_ClassifyClue";

		public static final String TASK_RECORD_CLASSIFICATION = "Task_RecordClassification";

		public static final String TASK_ROUTE_CLUE = "Task_RouteClue";

		public static final String GATEWAY_HANDLING_BODY = "Gateway_HandlingBody";

		public static final String TASK_DISPATCH_MANUALLY = "Task_DispatchManually";

		public static final String TASK_RECORD_MANUAL_DISPATCH = "Task_RecordManualDispatch";

		public static final String TASK_VERIFY_CLUE = "Task_VerifyClue";

		public static final String GATEWAY_VERIFICATION_OUTCOME = "Gateway_VerificationOutcome";

		public static final String TASK_FILE_CASE = "Task_FileCase";

		public static final String TASK_RECORD_NOT_FILED = "Task_RecordNotFiled";

		public static final String TASK_SEND_TRANSFER_LETTER = "Task_SendTransferLetter";

		public static final String TASK_AWAIT_TRANSFER_FEEDBACK = "Task_AwaitTransferFeedback";

		public static final String BOUNDARY_FEEDBACK_OVERDUE = "BoundaryEvent_FeedbackOverdue";

		public static final String TASK_REMIND_TRANSFER = "Task_RemindTransfer";

		public static final String GATEWAY_REMINDERS_EXHAUSTED = "Gateway_RemindersExhausted";

		public static final String TASK_ESCALATE_TRANSFER = "Task_EscalateTransfer";

		public static final String BOUNDARY_FEEDBACK_DURING_ESCALATION = "BoundaryEvent_FeedbackDuringEscalation";

		public static final String TASK_RECORD_TRANSFER_FEEDBACK = "Task_RecordTransferFeedback";

		public static final String TASK_SEND_OUTCOME_TO_SOURCE = "Task_SendOutcomeToSource";

		public static final String END_CLUE_CLOSED = "EndEvent_ClueClosed";

		private Elements() {
		}

	}

	/** What the verification (核查) concluded. */
	public enum VerificationOutcome {

		/** A violation that needs a case: file it. */
		FILE,

		/** No case: see {@link NotFiledReason}. */
		NOT_FILE,

		/** Not this team's matter: classify and route again. */
		REROUTE

	}

	/** The procedure a filed case follows (value of {@link #PROCEDURE}). */
	public enum Procedure {

		/** On-the-spot penalty (简易程序, 行政处罚法 Art 51): SimpleProcedureProcess. */
		SIMPLE,

		/** Ordinary procedure (普通程序): PenaltyCaseProcess. */
		ORDINARY

	}

	/** Why no case is filed. */
	public enum NotFiledReason {

		/** No violation found. */
		NO_VIOLATION,

		/** Time-barred (行政处罚法 Art 36). */
		TIME_BARRED,

		/** Minor, corrected in time, or first violation with slight harm (行政处罚法 Art 33): education recorded. */
		MINOR_FIRST_VIOLATION

	}

}

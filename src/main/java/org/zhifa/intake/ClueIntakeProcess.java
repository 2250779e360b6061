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

	/** Message: the body a clue was transferred to reports back. */
	public static final String MSG_TRANSFER_FEEDBACK = "Msg_TransferFeedback";

	private ClueIntakeProcess() {
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

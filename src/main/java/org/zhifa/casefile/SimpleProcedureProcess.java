package org.zhifa.casefile;

import java.math.BigDecimal;

/**
 * Backing constants of {@code processes/simple-procedure-process.bpmn} (简易程序, 行政处罚法 Arts 51–53, 68–71): the key,
 * the variable names (equal to the form field keys), the message and the element ids. The case record lives in our
 * tables, keyed by the case number (the business key).
 */
public final class SimpleProcedureProcess {

	public static final String KEY = "SimpleProcedureProcess";

	/** Art 51: the highest fine a citizen may get on the spot. */
	public static final BigDecimal CITIZEN_FINE_LIMIT = new BigDecimal("200");

	/** Art 51: the highest fine a legal person or another organisation may get on the spot. */
	public static final BigDecimal ORGANISATION_FINE_LIMIT = new BigDecimal("3000");

	/** Art 68(1): a fine up to this may always be collected on the spot. */
	public static final BigDecimal ON_THE_SPOT_COLLECTION_LIMIT = new BigDecimal("100");

	public static final String CASE_NO = PenaltyCaseProcess.CASE_NO;

	public static final String CLUE_NO = PenaltyCaseProcess.CLUE_NO;

	/** The squad handling the case: candidate group of every user task. */
	public static final String SQUAD = PenaltyCaseProcess.SQUAD;

	public static final String CATALOGUE_VERSION = PenaltyCaseProcess.CATALOGUE_VERSION;

	public static final String LINE_AREA = PenaltyCaseProcess.LINE_AREA;

	public static final String ITEM_CODE = PenaltyCaseProcess.ITEM_CODE;

	// 当场作出处罚决定
	public static final String PARTY_TYPE = PenaltyCaseProcess.PARTY_TYPE;

	public static final String PARTY_NAME = PenaltyCaseProcess.PARTY_NAME;

	public static final String PARTY_ID_NUMBER = PenaltyCaseProcess.PARTY_ID_NUMBER;

	public static final String PARTY_ADDRESS = PenaltyCaseProcess.PARTY_ADDRESS;

	public static final String HANDLER_1 = PenaltyCaseProcess.HANDLER_1;

	public static final String HANDLER_2 = PenaltyCaseProcess.HANDLER_2;

	/** The officer confirms that the facts are certain and have a legal basis (Art 51). */
	public static final String FACTS_CERTAIN = "factsCertain";

	public static final String FACTS = PenaltyCaseProcess.FACTS;

	public static final String LEGAL_BASIS = PenaltyCaseProcess.LEGAL_BASIS;

	/** WARNING and/or FINE only (Art 51); a list or comma-separated text. */
	public static final String DECIDED_PENALTY_KINDS = PenaltyCaseProcess.DECIDED_PENALTY_KINDS;

	/** The fine in yuan; 0 or empty for a warning only. */
	public static final String DECIDED_FINE = PenaltyCaseProcess.DECIDED_FINE;

	/** The fine is collected on the spot (Art 68). */
	public static final String COLLECT_ON_THE_SPOT = "collectOnTheSpot";

	/** Why a fine over 100 yuan is collected on the spot: hard to collect later (Art 68(2)) or Art 69. */
	public static final String COLLECTION_REASON = "collectionReason";

	public static final String DECISION_NO = PenaltyCaseProcess.DECISION_NO;

	public static final String DECIDED_AT = PenaltyCaseProcess.DECIDED_AT;

	public static final String PAYMENT_CODE = PenaltyCaseProcess.PAYMENT_CODE;

	public static final String FINE_IMPOSED = PenaltyCaseProcess.FINE_IMPOSED;

	// 当场收缴罚款、交至行政机关
	/** The number of the provincial fiscal receipt handed to the party (Art 70). */
	public static final String FISCAL_RECEIPT_NO = "fiscalReceiptNo";

	public static final String COLLECTED_AMOUNT = "collectedAmount";

	/** When the fine was collected (java.util.Date): the hand-over period runs from here. */
	public static final String COLLECTED_AT = "collectedAt";

	public static final String HANDED_OVER_AT = "handedOverAt";

	// 电子缴款
	public static final String PAID_AT = PenaltyCaseProcess.PAID_AT;

	// 备案
	public static final String FILED_WITH_ORGAN_AT = "filedWithOrganAt";

	/** Message: the payment platform reports the fine paid. */
	public static final String MSG_PAYMENT_RECEIVED = PenaltyCaseProcess.MSG_PAYMENT_RECEIVED;

	private SimpleProcedureProcess() {
	}

	/** Element ids of the model that code, tests and logs refer to. */
	public static final class Elements {

		public static final String START_SIMPLE_CASE_OPENED = "StartEvent_SimpleCaseOpened";

		public static final String TASK_DECIDE_ON_THE_SPOT = "Task_DecideOnTheSpot";

		public static final String TASK_ISSUE_ON_THE_SPOT_DECISION = "Task_IssueOnTheSpotDecision";

		public static final String GATEWAY_FINE_IMPOSED = "Gateway_FineImposed";

		public static final String GATEWAY_COLLECT_ON_THE_SPOT = "Gateway_CollectOnTheSpot";

		public static final String TASK_COLLECT_ON_THE_SPOT = "Task_CollectOnTheSpot";

		public static final String TASK_RECORD_COLLECTION = "Task_RecordCollection";

		public static final String TASK_HAND_OVER_CASH = "Task_HandOverCash";

		public static final String TASK_RECORD_HAND_OVER = "Task_RecordHandOver";

		/** Calls {@code DecisionExecutionProcess}: payment, deferral, reminder and the court application. */
		public static final String CALL_EXECUTE_FINE = "CallActivity_ExecuteFine";

		public static final String TASK_FILE_WITH_ORGAN = "Task_FileWithOrgan";

		public static final String TASK_RECORD_FILING_WITH_ORGAN = "Task_RecordFilingWithOrgan";

		public static final String TASK_ARCHIVE_CASE = "Task_ArchiveCase";

		public static final String TASK_REPORT_TO_SOURCE = "Task_ReportToSource";

		public static final String END_SIMPLE_CASE_CLOSED = "EndEvent_SimpleCaseClosed";

		private Elements() {
		}

	}

}

package org.zhifa.enforcement;

import org.zhifa.casefile.PenaltyCaseProcess;

/**
 * Backing constants of {@code processes/appeal-process.bpmn} (行政复议与行政诉讼): started in Tasklist when the
 * organ learns that the party applied for reconsideration or sued over a decision; business key the case number.
 */
public final class AppealProcess {

	public static final String KEY = "AppealProcess";

	// 登记（开始表单）
	public static final String CASE_NO = PenaltyCaseProcess.CASE_NO;

	/** See {@link AppealKind}. */
	public static final String APPEAL_KIND = "appealKind";

	/** The reconsideration organ or the court. */
	public static final String APPEAL_BODY = "appealBody";

	public static final String APPEAL_FILED_AT = "appealFiledAt";

	/** When the organ received the copy of the application or of the complaint: the answer period runs from here. */
	public static final String APPEAL_NOTIFIED_AT = "appealNotifiedAt";

	// 从案件带入
	public static final String SQUAD = PenaltyCaseProcess.SQUAD;

	public static final String DECISION_NO = PenaltyCaseProcess.DECISION_NO;

	public static final String PARTY_NAME = PenaltyCaseProcess.PARTY_NAME;

	public static final String DECIDED_FINE = PenaltyCaseProcess.DECIDED_FINE;

	public static final String APPEAL_ID = "appealId";

	// 答复、答辩
	public static final String APPEAL_ANSWERED_AT = "appealAnsweredAt";

	// 复议、诉讼结果
	/** See {@link AppealOutcome}. */
	public static final String APPEAL_OUTCOME = "appealOutcome";

	public static final String APPEAL_DECIDED_AT = "appealDecidedAt";

	/** The fine as the reconsideration organ or the court changed it. */
	public static final String CHANGED_FINE = "changedFine";

	public static final String APPEAL_OUTCOME_SUMMARY = "appealOutcomeSummary";

	// 撤回公开
	/** Whether the decision had been published (行政处罚法 Art 48). */
	public static final String DECISION_PUBLISHED = "decisionPublished";

	public static final String PUBLICATION_WITHDRAWN_AT = "publicationWithdrawnAt";

	private AppealProcess() {
	}

	/** Element ids that code, tests and logs refer to. */
	public static final class Elements {

		public static final String START_APPEAL_FILED = "StartEvent_AppealFiled";

		public static final String TASK_REGISTER_APPEAL = "Task_RegisterAppeal";

		public static final String TASK_ANSWER_APPEAL = "Task_AnswerAppeal";

		public static final String TASK_RECORD_APPEAL_OUTCOME = "Task_RecordAppealOutcome";

		public static final String TASK_WITHDRAW_PUBLICATION = "Task_WithdrawPublication";

		public static final String END_PUBLICATION_WITHDRAWN = "EndEvent_PublicationWithdrawn";

		public static final String END_APPEAL_CLOSED = "EndEvent_AppealClosed";

		private Elements() {
		}

	}

	/** How the party challenged the decision. */
	public enum AppealKind {

		/** 行政复议 (行政复议法 Art 20: within 60 days). */
		RECONSIDERATION,

		/** 行政诉讼 (行政诉讼法 Art 46: within 6 months). */
		LITIGATION

	}

	/** What the reconsideration organ or the court decided. */
	public enum AppealOutcome {

		/** 维持 / 驳回诉讼请求. */
		UPHELD,

		/** 撤销 (or declared illegal or invalid). */
		REVOKED,

		/** 变更: the fine changed. */
		CHANGED,

		/** 申请人撤回复议申请或撤诉. */
		WITHDRAWN

	}

}

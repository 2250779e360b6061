package org.zhifa.enforcement;

import org.zhifa.casefile.PenaltyCaseProcess;

/**
 * Backing constants of {@code processes/decision-execution-process.bpmn} (处罚决定的执行), called for a fine by
 * {@code DecisionServiceProcess} and {@code SimpleProcedureProcess}; business key the case number.
 */
public final class DecisionExecutionProcess {

	public static final String KEY = "DecisionExecutionProcess";

	// From the case
	public static final String CASE_NO = PenaltyCaseProcess.CASE_NO;

	public static final String SQUAD = PenaltyCaseProcess.SQUAD;

	public static final String PARTY_NAME = PenaltyCaseProcess.PARTY_NAME;

	public static final String DECISION_NO = PenaltyCaseProcess.DECISION_NO;

	public static final String DECIDED_FINE = PenaltyCaseProcess.DECIDED_FINE;

	public static final String PAYMENT_CODE = PenaltyCaseProcess.PAYMENT_CODE;

	/** When the payment period starts (java.util.Date): the decision counts as served (Art 67(3)). */
	public static final String PAYMENT_PERIOD_START = "paymentPeriodStart";

	// 履行期限
	public static final String EXECUTION_ID = "executionId";

	/** The end of the payment period (java.util.Date), moved by an approved deferral. */
	public static final String PAYMENT_DUE_AT = "paymentDueAt";

	/** The first moment after {@link #PAYMENT_DUE_AT}: the timer that starts enforcement. */
	public static final String PAYMENT_LAPSE_AT = "paymentLapseAt";

	// 延期、分期缴纳罚款的申请（由当事人申请登记带入）
	/** See {@link DeferralKind}. */
	public static final String DEFERRAL_KIND = "deferralKind";

	public static final String DEFERRAL_REASON = "deferralReason";

	public static final String REQUESTED_UNTIL = "requestedUntil";

	public static final String REQUESTED_INSTALMENTS = "requestedInstalments";

	public static final String APPLICATION_RECEIVED_AT = "applicationReceivedAt";

	// 审批延期、分期缴纳罚款
	public static final String DEFERRAL_APPROVED = "deferralApproved";

	/** The end of the deferral, or the day of the last instalment. */
	public static final String DEFERRED_UNTIL = "deferredUntil";

	public static final String INSTALMENT_COUNT = "instalmentCount";

	public static final String DEFERRAL_OPINION = "deferralOpinion";

	// 催告
	public static final String REMINDER_SERVED_AT = "reminderServedAt";

	/** The surcharge owed on the day the reminder was served, which the reminder states. */
	public static final String SURCHARGE_AT_REMINDER = "surchargeAtReminder";

	// 申请人民法院强制执行
	/** From when the organ may apply to the court (java.util.Date): 10 working days after the reminder and after the
	 * remedy periods (行政强制法 Arts 53-54). */
	public static final String COURT_APPLICATION_FROM = "courtApplicationFrom";

	/** The last day to apply (java.util.Date): 3 months after the remedy periods or the deferral end. */
	public static final String COURT_APPLICATION_DUE_AT = "courtApplicationDueAt";

	public static final String COURT = "court";

	public static final String COURT_APPLIED_AT = "courtAppliedAt";

	/** See {@link CourtOutcome}. */
	public static final String COURT_OUTCOME = "courtOutcome";

	public static final String COURT_OUTCOME_AT = "courtOutcomeAt";

	public static final String COURT_OUTCOME_NOTES = "courtOutcomeNotes";

	public static final String PAID_AT = PenaltyCaseProcess.PAID_AT;

	/** Message: the party applies to pay later or in instalments (Art 66(2)). */
	public static final String MSG_PAYMENT_DEFERRAL_REQUESTED = "Msg_PaymentDeferralRequested";

	public static final String MSG_PAYMENT_RECEIVED = PenaltyCaseProcess.MSG_PAYMENT_RECEIVED;

	/** Message: the decision was revoked and no case process above stopped the execution. */
	public static final String MSG_EXECUTION_STOPPED = "Msg_ExecutionStopped";

	private DecisionExecutionProcess() {
	}

	/** Element ids that code, tests and logs refer to. */
	public static final class Elements {

		public static final String TASK_OPEN_EXECUTION = "Task_OpenExecution";

		public static final String TASK_AWAIT_PAYMENT = "Task_AwaitPayment";

		public static final String BOUNDARY_DEFERRAL_REQUESTED = "BoundaryEvent_DeferralRequested";

		public static final String TASK_DECIDE_DEFERRAL = "Task_DecideDeferral";

		public static final String TASK_RECORD_DEFERRAL = "Task_RecordDeferral";

		public static final String BOUNDARY_PAYMENT_OVERDUE = "BoundaryEvent_PaymentOverdue";

		public static final String TASK_SERVE_REMINDER = "Task_ServeReminder";

		public static final String TASK_RECORD_REMINDER = "Task_RecordReminder";

		public static final String TASK_AWAIT_PAYMENT_AFTER_REMINDER = "Task_AwaitPaymentAfterReminder";

		public static final String BOUNDARY_COURT_APPLICATION_OPEN = "BoundaryEvent_CourtApplicationOpen";

		public static final String TASK_APPLY_TO_COURT = "Task_ApplyToCourt";

		public static final String TASK_RECORD_COURT_OUTCOME = "Task_RecordCourtOutcome";

		public static final String BOUNDARY_PAID_BEFORE_APPLICATION = "BoundaryEvent_PaidBeforeApplication";

		public static final String BOUNDARY_PAID_DURING_COURT = "BoundaryEvent_PaidDuringCourt";

		public static final String END_COURT_ENFORCEMENT = "EndEvent_CourtEnforcement";

		public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";

		public static final String END_FINE_PAID = "EndEvent_FinePaid";

		public static final String TASK_STOP_EXECUTION = "Task_StopExecution";

		public static final String END_EXECUTION_STOPPED = "EndEvent_ExecutionStopped";


		private Elements() {
		}

	}

	/** What the party applied for (Art 66(2)). */
	public enum DeferralKind {

		/** 延期缴纳. */
		DEFERRAL,

		/** 分期缴纳. */
		INSTALMENTS

	}

	/** What came of the application to the people's court (行政强制法 Arts 57-58). */
	public enum CourtOutcome {

		/** 执行完毕. */
		ENFORCED,

		/** 裁定不予执行. */
		NOT_ENFORCED,

		/** 终结执行. */
		TERMINATED

	}

}

package org.zhifa.casefile;

/**
 * Backing constants of {@code processes/penalty-case-process.bpmn} (ordinary procedure, 普通程序) and of the call
 * activity {@code processes/decision-service-process.bpmn} (service and execution of the decision): the keys, the
 * variable names (equal to the form field keys), the message names and the element ids. Process variables hold the
 * case number, routing values, outcomes and dates; the record itself lives in our tables, keyed by the case number
 * (the business key).
 */
public final class PenaltyCaseProcess {

	public static final String KEY = "PenaltyCaseProcess";

	/** The call activity that serves the decision and waits for payment. */
	public static final String SERVICE_KEY = "DecisionServiceProcess";

	/** The decision table that classifies the procedure. */
	public static final String PROCEDURE_CLASS_DECISION = "ProcedureClassDecision";

	public static final String CASE_NO = "caseNo";

	public static final String CLUE_NO = "clueNo";

	/** The squad handling the case: candidate group of the handlers' tasks. */
	public static final String SQUAD = "squad";

	public static final String CATALOGUE_VERSION = "catalogueVersion";

	// 立案审批
	public static final String FILING_APPROVED = "filingApproved";

	public static final String FILING_OPINION = "filingOpinion";

	public static final String ITEM_CODE = "itemCode";

	public static final String LINE_AREA = "lineArea";

	public static final String CASE_SUMMARY = "caseSummary";

	public static final String PARTY_TYPE = "partyType";

	public static final String PARTY_NAME = "partyName";

	public static final String PARTY_ID_NUMBER = "partyIdNumber";

	public static final String PARTY_ADDRESS = "partyAddress";

	public static final String HANDLER_1 = "handler1";

	public static final String HANDLER_2 = "handler2";

	/** When the filing was approved (java.util.Date): the decision limit runs from here. */
	public static final String FILED_AT = "filedAt";

	/** The end of the decision limit (java.util.Date), moved by an extension. */
	public static final String DECISION_DUE_AT = "decisionDueAt";

	// 回避
	public static final String RECUSED_HANDLER = "recusedHandler";

	public static final String RECUSAL_REASON = "recusalReason";

	/** Who asked for the recusal: {@code PARTY} or {@code OFFICER} (a handler asking to withdraw). */
	public static final String RECUSAL_REQUESTED_BY = "recusalRequestedBy";

	public static final String RECUSAL_GRANTED = "recusalGranted";

	public static final String REPLACEMENT_HANDLER = "replacementHandler";

	// 调查取证、调查终结报告
	public static final String INVESTIGATION_NOTES = "investigationNotes";

	public static final String FACTS = "facts";

	/** Evidence references, one a line. */
	public static final String EVIDENCE_REFS = "evidenceRefs";

	public static final String LEGAL_BASIS = "legalBasis";

	/** Proposed kinds of penalty (行政处罚法 Art 9): see {@link PenaltyKind}; a list or comma-separated text. */
	public static final String PROPOSED_PENALTY_KINDS = "proposedPenaltyKinds";

	/** Proposed fine in yuan. */
	public static final String PROPOSED_FINE = "proposedFine";

	/** The proposed kinds as the decision table reads them: a JSON array (docs/procedure-class.md). */
	public static final String PENALTY_KINDS = "penaltyKinds";

	public static final String CONFISCATION_VALUE = "confiscationValue";

	public static final String COMPLEX = "complex";

	public static final String PUBLIC_INTEREST = "publicInterest";

	// 案件审查
	public static final String REVIEW_OUTCOME = "reviewOutcome";

	public static final String REVIEW_OPINION = "reviewOpinion";

	// ProcedureClassDecision
	public static final String PROCEDURE_CLASS_RESULT = "procedureClassResult";

	public static final String PROCEDURE_CLASS = "procedureClass";

	public static final String HEARING_RIGHT = "hearingRight";

	public static final String LEGAL_REVIEW_REQUIRED = "legalReviewRequired";

	public static final String COLLECTIVE_DELIBERATION = "collectiveDeliberation";

	// 审批
	public static final String SQUAD_LEADER_APPROVED = "squadLeaderApproved";

	public static final String APPROVED = "approved";

	public static final String APPROVAL_OPINION = "approvalOpinion";

	// 事先告知、陈述申辩、复核
	public static final String NOTICE_SERVED_AT = "noticeServedAt";

	public static final String STATEMENT_MADE = "statementMade";

	public static final String STATEMENT = "statement";

	public static final String RECHECK_CONCLUSION = "recheckConclusion";

	public static final String DECIDED_PENALTY_KINDS = "decidedPenaltyKinds";

	// 听证（HearingProcess 的调用方）
	/** The party asked for a hearing (行政处罚法 Art 64(1)); only where {@link #HEARING_RIGHT} holds. */
	public static final String HEARING_REQUESTED = "hearingRequested";

	/** When the party asked for the hearing: within 5 working days of the prior notice. */
	public static final String HEARING_REQUESTED_AT = "hearingRequestedAt";

	/** A hearing was held: the decision follows its record (Art 65) and needs a legal review (Art 58(1)(2)). */
	public static final String HEARING_HELD = "hearingHeld";

	/** The presiding officer's hearing report (听证报告). */
	public static final String HEARING_REPORT = "hearingReport";

	// 决定前审核：职能部门审核与法制审核并行，分管领导审批，集体讨论（seed (四)12；行政处罚法第五十七条、第五十八条）
	/** The pass through the reviews, counted from 1; a case sent back is reviewed again in the next round. */
	public static final String REVIEW_ROUND = "reviewRound";

	/** The business department's verdict: see {@link ReviewVerdict}. */
	public static final String DEPARTMENT_REVIEW_OUTCOME = "departmentReviewOutcome";

	public static final String DEPARTMENT_REVIEW_OPINION = "departmentReviewOpinion";

	/** The legal reviewer's verdict: see {@link ReviewVerdict}. */
	public static final String LEGAL_REVIEW_OUTCOME = "legalReviewOutcome";

	public static final String LEGAL_REVIEW_OPINION = "legalReviewOpinion";

	public static final String LEADER_APPROVED = "leaderApproved";

	public static final String LEADER_OPINION = "leaderOpinion";

	/** The committee's conclusion: see {@link DeliberationConclusion}. */
	public static final String DELIBERATION_CONCLUSION = "deliberationConclusion";

	public static final String DELIBERATION_HELD_AT = "deliberationHeldAt";

	/** The attendees and their opinions, one a line: {@code 姓名：意见}. */
	public static final String DELIBERATION_ATTENDEES = "deliberationAttendees";

	/** The conclusion as minuted, with its reasons. */
	public static final String DELIBERATION_SUMMARY = "deliberationSummary";

	public static final String DECIDED_FINE = "decidedFine";

	// 处罚决定
	public static final String DECISION_NO = "decisionNo";

	public static final String DECIDED_AT = "decidedAt";

	public static final String PAYMENT_CODE = "paymentCode";

	public static final String FINE_IMPOSED = "fineImposed";

	// 延长办案期限
	public static final String EXTENSION_REQUESTED = "extensionRequested";

	public static final String EXTENSION_REASON = "extensionReason";

	public static final String EXTENSION_APPROVED = "extensionApproved";

	// 送达与缴款
	public static final String SERVICE_METHOD = "serviceMethod";

	public static final String SERVED_AT = "servedAt";

	public static final String E_DELIVERY_CONSENT = "eDeliveryConsent";

	/** When the decision counts as served: the payment period runs from here. */
	public static final String DEEMED_SERVED_AT = "deemedServedAt";

	public static final String PAID_AT = "paidAt";

	public static final String CLOSURE_OPINION = "closureOpinion";

	/** Why the decision was revoked, carried by {@link #MSG_DECISION_REVOKED}. */
	public static final String REVOCATION_REASON = "revocationReason";

	/** Message: a party asks that a handler recuse himself (回避, Art 43); the investigation goes on meanwhile. */
	public static final String MSG_RECUSAL_REQUESTED = "Msg_RecusalRequested";

	/** Message: the payment platform reports the fine paid. */
	public static final String MSG_PAYMENT_RECEIVED = "Msg_PaymentReceived";

	/** Message: the e-delivery platform confirms that the decision reached the party (sets {@code servedAt}). */
	public static final String MSG_DELIVERY_RECEIPT = "Msg_DeliveryReceipt";

	/** Message: a reconsideration organ or a court revoked the decision; the execution stops and the case closes. */
	public static final String MSG_DECISION_REVOKED = "Msg_DecisionRevoked";

	private PenaltyCaseProcess() {
	}

	/** Element ids of the models that code, tests and logs refer to. */
	public static final class Elements {

		public static final String START_CASE_OPENED = "StartEvent_CaseOpened";

		public static final String TASK_APPROVE_FILING = "Task_ApproveFiling";

		public static final String TASK_RECORD_FILING_REFUSED = "Task_RecordFilingRefused";

		public static final String END_FILING_REFUSED = "EndEvent_FilingRefused";

		public static final String TASK_RECORD_FILING = "Task_RecordFiling";

		public static final String SUBPROCESS_INVESTIGATION = "SubProcess_Investigation";

		public static final String TASK_INVESTIGATE = "Task_Investigate";

		public static final String BOUNDARY_RECUSAL_REQUESTED = "BoundaryEvent_RecusalRequested";

		public static final String TASK_DECIDE_RECUSAL = "Task_DecideRecusal";

		public static final String TASK_RECORD_RECUSAL = "Task_RecordRecusal";

		public static final String TASK_WRITE_INVESTIGATION_REPORT = "Task_WriteInvestigationReport";

		public static final String TASK_RECORD_INVESTIGATION_REPORT = "Task_RecordInvestigationReport";

		public static final String TASK_REVIEW_CASE = "Task_ReviewCase";

		public static final String TASK_RECORD_NO_PENALTY = "Task_RecordNoPenalty";

		public static final String TASK_TRANSFER_TO_JUDICIAL_ORGAN = "Task_TransferToJudicialOrgan";

		public static final String TASK_WITHDRAW_FILING = "Task_WithdrawFiling";

		public static final String TASK_CLASSIFY_PROCEDURE = "Task_ClassifyProcedure";

		public static final String TASK_APPROVE_BY_SQUAD_LEADER = "Task_ApproveBySquadLeader";

		public static final String TASK_APPROVE_BY_TEAM_LEADER = "Task_ApproveByTeamLeader";

		public static final String TASK_REVIEW_MAJOR_CASE = "Task_ReviewMajorCase";

		public static final String TASK_SERVE_PRIOR_NOTICE = "Task_ServePriorNotice";

		public static final String TASK_HEAR_STATEMENT = "Task_HearStatement";

		public static final String BOUNDARY_STATEMENT_PERIOD_LAPSED = "BoundaryEvent_StatementPeriodLapsed";

		public static final String TASK_RECHECK_STATEMENT = "Task_RecheckStatement";

		public static final String CALL_HEARING = "CallActivity_Hearing";

		public static final String GATEWAY_REVIEW_REQUIRED = "Gateway_ReviewRequired";

		public static final String TASK_REVIEW_BY_DEPARTMENT = "Task_ReviewByDepartment";

		public static final String TASK_REVIEW_LEGALITY = "Task_ReviewLegality";

		public static final String TASK_APPROVE_BY_ENFORCEMENT_LEADER = "Task_ApproveByEnforcementLeader";

		public static final String TASK_DELIBERATE_COLLECTIVELY = "Task_DeliberateCollectively";

		public static final String TASK_ISSUE_DECISION = "Task_IssueDecision";

		public static final String END_PENALTY_DECIDED = "EndEvent_PenaltyDecided";

		public static final String END_CONCLUDED_WITHOUT_PENALTY = "EndEvent_ConcludedWithoutPenalty";

		/** The timer that starts the warning event subprocess ahead of the decision limit. */
		public static final String START_DECISION_LIMIT_NEAR = "StartEvent_DecisionLimitNear";

		/** The timer of the warning again ahead of the extended limit. */
		public static final String TIMER_EXTENDED_LIMIT_NEAR = "Event_ExtendedLimitNear";

		public static final String TASK_REQUEST_EXTENSION = "Task_RequestExtension";

		public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";

		public static final String TASK_RECORD_EXTENSION = "Task_RecordExtension";

		public static final String CALL_SERVE_AND_COLLECT = "CallActivity_ServeAndCollect";

		public static final String BOUNDARY_DECISION_REVOKED = "BoundaryEvent_DecisionRevoked";

		public static final String TASK_RECORD_REVOCATION = "Task_RecordRevocation";

		public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";

		public static final String TASK_ARCHIVE_CASE = "Task_ArchiveCase";

		public static final String TASK_REPORT_TO_SOURCE = "Task_ReportToSource";

		public static final String END_CASE_ARCHIVED = "EndEvent_CaseArchived";

		// DecisionServiceProcess
		public static final String TASK_SERVE_DECISION = "Task_ServeDecision";

		public static final String EVENT_PUBLIC_NOTICE_LAPSED = "Event_PublicNoticeLapsed";

		public static final String TASK_AWAIT_DELIVERY_RECEIPT = "Task_AwaitDeliveryReceipt";

		public static final String BOUNDARY_RECEIPT_MISSING = "BoundaryEvent_ReceiptMissing";

		public static final String TASK_RECORD_SERVICE = "Task_RecordService";

		/** Calls {@code DecisionExecutionProcess}: payment, deferral, reminder and the court application. */
		public static final String CALL_EXECUTE_FINE = "CallActivity_ExecuteFine";

		public static final String END_DECISION_EXECUTED = "EndEvent_DecisionExecuted";

		private Elements() {
		}

	}

	/** What the case review (Art 57) concluded. */
	public enum ReviewOutcome {

		/** Penalty: classify the procedure and approve. */
		PENALTY,

		/** No penalty: minor act, first violation, no fault, or facts not established (Art 33, 57(1)(2)-(3)). */
		NO_PENALTY,

		/** A crime is suspected: transfer to the judicial organs (Art 27, 57(1)(4)). */
		TRANSFER,

		/** The filing was wrong: withdraw it (撤销立案). */
		WITHDRAW

	}

	/** A reviewer's verdict on the proposed decision (法制审核 and the department's review; 行政处罚法 Art 58). */
	public enum ReviewVerdict {

		/** 同意: the decision may follow. */
		PASSED,

		/** 退回补充调查: back to the investigation report, with the reasons in the opinion. */
		SEND_BACK

	}

	/** What the committee's collective deliberation concluded (集体讨论, 行政处罚法 Art 57(2)). */
	public enum DeliberationConclusion {

		/** 同意作出处罚决定. */
		APPROVE,

		/** 退回补充调查. */
		SEND_BACK

	}

	/** How the decision was served (民事诉讼法 Arts 87–95; 行政处罚法 Art 61). */
	public enum ServiceMethod {

		/** Handed over on the spot or in person (直接送达). */
		DIRECT,

		/** Left at the residence when receipt is refused (留置送达), with a witness. */
		LEFT_AT_RESIDENCE,

		/** By post (邮寄送达). */
		POST,

		/** Electronic service (电子送达): only with the party's signed consent (Art 61(2)). */
		ELECTRONIC,

		/** Public notice (公告送达): deemed served when the notice period ends. */
		PUBLIC_NOTICE

	}

	/** Kinds of penalty (行政处罚法 Art 9) the case file knows. */
	public enum PenaltyKind {
		WARNING, CIRCULATED_CRITICISM, FINE, CONFISCATION, SUSPEND_LICENCE, LOWER_QUALIFICATION, REVOKE_LICENCE,
		RESTRICT_BUSINESS, SUSPEND_BUSINESS, ORDER_CLOSURE, RESTRICT_PRACTICE, OTHER
	}

}

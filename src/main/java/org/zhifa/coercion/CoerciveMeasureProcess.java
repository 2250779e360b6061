package org.zhifa.coercion;

/**
 * Backing constants of {@code processes/coercive-measure-process.bpmn} (行政强制措施: 查封、扣押, 行政强制法 Arts 18-28;
 * 先行登记保存, 行政处罚法 Art 56); business key the case number. Started from Tasklist or the engine's REST API by a
 * certified officer of the case's squad, who is the first of the two acting officers. Variable names equal the keys
 * of the forms.
 */
public final class CoerciveMeasureProcess {

	public static final String KEY = "CoerciveMeasureProcess";

	/** The group whose members approve as the organ's head (负责人): prior approval, emergency, extension. */
	public static final String HEAD_GROUP = "team-leader";

	// From the case, through the case file's public API
	public static final String CASE_NO = "caseNo";

	public static final String SQUAD = "squad";

	public static final String PARTY_NAME = "partyName";

	/** The cause (案由): the catalogue item's name, or its code. */
	public static final String CAUSE = "cause";

	// 提出强制措施 (start form)
	/** See {@link MeasureKind}. */
	public static final String MEASURE_KIND = "measureKind";

	/** Taken on the spot in an emergency, the head's approval sought afterwards (行政强制法 Art 19). */
	public static final String EMERGENCY = "emergency";

	/** When the measure was taken on the spot in an emergency: the 24 hours of the report run from here. */
	public static final String MEASURE_TAKEN_AT = "measureTakenAt";

	public static final String MEASURE_REASON = "measureReason";

	public static final String MEASURE_LEGAL_BASIS = "measureLegalBasis";

	/** The places, facilities or things, one a line with their quantity (清单). */
	public static final String MEASURE_ITEMS = "measureItems";

	public static final String MEASURE_PLACE = "measurePlace";

	/** The officer who proposes the measure (the starter) and the second certified officer (Art 18(2)). */
	public static final String OFFICER_1 = "officer1";

	public static final String OFFICER_2 = "officer2";

	/** The measure's row in our table. */
	public static final String MEASURE_ID = "measureId";

	// 负责人审批
	public static final String MEASURE_APPROVED = "measureApproved";

	public static final String MEASURE_APPROVAL_OPINION = "measureApprovalOpinion";

	/** A 先行登记保存 that the disposal decision turned into a seizure, waiting for the head's approval. */
	public static final String CONVERTED_TO_SEIZURE = "convertedToSeizure";

	// 现场实施
	/** The number of the decision (查封扣押决定书) or of the notice (先行登记保存通知书). */
	public static final String DOCUMENT_NO = "documentNo";

	public static final String DOCUMENT_DATE = "documentDate";

	/** When the document and the list were handed to the party on the spot (Art 24). */
	public static final String HANDED_OVER_AT = "handedOverAt";

	/** See {@link PartySignature}. */
	public static final String PARTY_SIGNATURE = "partySignature";

	/** The note of the refusal to sign, or the witness who signed for an absent party (Art 18(8)-(9)). */
	public static final String SIGNATURE_NOTE = "signatureNote";

	// 补办批准 (emergency)
	public static final String EMERGENCY_APPROVED = "emergencyApproved";

	public static final String EMERGENCY_APPROVAL_OPINION = "emergencyApprovalOpinion";

	// Term of the seal-up or seizure
	/** The last day of the term (yyyy-MM-dd), for the forms. */
	public static final String TERM_END = "termEnd";

	/** The end of the term (java.util.Date): the due date of the decision on the items. */
	public static final String TERM_ENDS_AT = "termEndsAt";

	/** The first moment after the term (java.util.Date): the timer that releases the items. */
	public static final String TERM_LAPSES_AT = "termLapsesAt";

	// 查封扣押处理决定
	/** See {@link Disposal}. */
	public static final String DISPOSAL = "disposal";

	public static final String DISPOSAL_NOTE = "disposalNote";

	public static final String EXTENSION_REASON = "extensionReason";

	/** At most {@code seizureTermExtension} days, once (Art 25(1)). */
	public static final String EXTENSION_DAYS = "extensionDays";

	/** See {@link TestingKind}. */
	public static final String TESTING_KIND = "testingKind";

	public static final String TESTING_START = "testingStart";

	public static final String TESTING_END = "testingEnd";

	/** When the party was told of the testing period in writing (Art 25(3)). */
	public static final String TESTING_NOTIFIED_AT = "testingNotifiedAt";

	// 负责人审批延长
	public static final String EXTENSION_APPROVED = "extensionApproved";

	public static final String EXTENSION_OPINION = "extensionOpinion";

	// 先行登记保存处理决定
	/** The day of the registration and preservation: the 7 working days run from here. */
	public static final String PRESERVED_AT = "preservedAt";

	/** See {@link EvidenceDisposal}. */
	public static final String EVIDENCE_DISPOSAL = "evidenceDisposal";

	public static final String EVIDENCE_DISPOSAL_NOTE = "evidenceDisposalNote";

	// 解除强制措施
	/** See {@link ReleaseReason}; preset on the paths that force the release. */
	public static final String RELEASE_REASON = "releaseReason";

	public static final String RELEASE_DOCUMENT_NO = "releaseDocumentNo";

	public static final String ITEMS_RETURNED_ON = "itemsReturnedOn";

	public static final String RELEASE_NOTE = "releaseNote";

	// Statutory periods (calendar/periods.yml)
	public static final String EMERGENCY_REPORT_PERIOD = "emergencyMeasureReport";

	public static final String SEIZURE_TERM_PERIOD = "seizureTerm";

	public static final String SEIZURE_EXTENSION_PERIOD = "seizureTermExtension";

	public static final String EVIDENCE_PERIOD = "evidencePreservationDecision";

	private CoerciveMeasureProcess() {
	}

	/** Element ids that code, tests and logs refer to. */
	public static final class Elements {

		public static final String START_MEASURE_PROPOSED = "StartEvent_MeasureProposed";

		public static final String TASK_REGISTER_MEASURE = "Task_RegisterMeasure";

		public static final String TASK_APPROVE_MEASURE = "Task_ApproveMeasure";

		public static final String END_MEASURE_REFUSED = "EndEvent_MeasureRefused";

		public static final String TASK_CARRY_OUT_MEASURE = "Task_CarryOutMeasure";

		public static final String TASK_APPROVE_EMERGENCY_MEASURE = "Task_ApproveEmergencyMeasure";

		public static final String TASK_DECIDE_ON_SEIZED_ITEMS = "Task_DecideOnSeizedItems";

		public static final String EVENT_TERM_EXPIRED = "Event_TermExpired";

		public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";

		public static final String END_CONFISCATED = "EndEvent_Confiscated";

		public static final String END_DESTROYED = "EndEvent_Destroyed";

		public static final String TASK_DECIDE_ON_EVIDENCE = "Task_DecideOnEvidence";

		public static final String EVENT_EVIDENCE_PERIOD_LAPSED = "Event_EvidencePeriodLapsed";

		public static final String TASK_CONVERT_TO_SEIZURE = "Task_ConvertToSeizure";

		public static final String END_EVIDENCE_DISPOSED = "EndEvent_EvidenceDisposed";

		public static final String TASK_RELEASE_MEASURE = "Task_ReleaseMeasure";

		public static final String END_RELEASED = "EndEvent_Released";

		private Elements() {
		}

	}

	/** The kinds of measure. */
	public enum MeasureKind {

		/** 查封 (行政强制法 Art 9(2)). */
		SEAL_UP,

		/** 扣押 (Art 9(3)). */
		SEIZURE,

		/** 先行登记保存 (行政处罚法 Art 56). */
		EVIDENCE_PRESERVATION;

		boolean hasTerm() {
			return this != EVIDENCE_PRESERVATION;
		}

	}

	/** How the party acknowledged the on-site record and the list (行政强制法 Art 18(8)-(9)). */
	public enum PartySignature {
		SIGNED, REFUSED, ABSENT_WITNESSED
	}

	/** What the officers decide within the term of a seal-up or seizure (Arts 25, 27). */
	public enum Disposal {
		RELEASE, CONFISCATE, DESTROY, EXTEND, TESTING
	}

	/** Testing, inspection, quarantine or technical appraisal (检测、检验、检疫、技术鉴定, Art 25(3)). */
	public enum TestingKind {
		TESTING, INSPECTION, QUARANTINE, APPRAISAL
	}

	/** What becomes of preserved evidence within 7 working days (行政处罚法 Art 56). */
	public enum EvidenceDisposal {
		RECORD_OR_COPY, TESTING, APPRAISAL, SEIZURE, RELEASE
	}

	/** Why a measure is lifted (行政强制法 Arts 19, 28). */
	public enum ReleaseReason {

		NO_VIOLATION, UNRELATED, DECIDED, TERM_EXPIRED, APPROVAL_REFUSED, OTHER

	}

}

package org.zhifa.hearing;

import org.zhifa.casefile.PenaltyCaseProcess;

/**
 * Backing constants of {@code processes/hearing-process.bpmn} (听证, 行政处罚法 Arts 63-65), called by
 * {@code PenaltyCaseProcess} when the party asks for a hearing in time; business key the case number. The variables
 * the caller passes keep the caller's names.
 */
public final class HearingProcess {

	public static final String KEY = "HearingProcess";

	// From the case
	public static final String CASE_NO = PenaltyCaseProcess.CASE_NO;

	public static final String SQUAD = PenaltyCaseProcess.SQUAD;

	public static final String PARTY_NAME = PenaltyCaseProcess.PARTY_NAME;

	public static final String HANDLER_1 = PenaltyCaseProcess.HANDLER_1;

	public static final String HANDLER_2 = PenaltyCaseProcess.HANDLER_2;

	public static final String FACTS = PenaltyCaseProcess.FACTS;

	public static final String LEGAL_BASIS = PenaltyCaseProcess.LEGAL_BASIS;

	public static final String PROPOSED_PENALTY_KINDS = PenaltyCaseProcess.PROPOSED_PENALTY_KINDS;

	public static final String PROPOSED_FINE = PenaltyCaseProcess.PROPOSED_FINE;

	public static final String NOTICE_SERVED_AT = PenaltyCaseProcess.NOTICE_SERVED_AT;

	public static final String HEARING_REQUESTED_AT = PenaltyCaseProcess.HEARING_REQUESTED_AT;

	// 安排听证
	/** The hearing's row in our table. */
	public static final String HEARING_ID = "hearingId";

	/** The presiding officer: designated by the organ, never one who investigated the case (Art 64(4)). */
	public static final String PRESIDING_OFFICER = "presidingOfficer";

	public static final String HEARING_RECORDER = "hearingRecorder";

	/** When the hearing is to be held, as the form gives it. */
	public static final String HEARING_AT = "hearingAt";

	/** When the hearing is to be held (java.util.Date), set from {@link #HEARING_AT}: the timer of the hearing day. */
	public static final String HEARING_SCHEDULED_AT = "hearingScheduledAt";

	public static final String HEARING_PLACE = "hearingPlace";

	/** Public unless state secrets, business secrets or privacy are involved (Art 64(3)). */
	public static final String PUBLIC_HEARING = "publicHearing";

	/** See {@link NonPublicReason}. */
	public static final String NON_PUBLIC_REASON = "nonPublicReason";

	/** The party's agents, one a line; at most two (Art 64(5)). */
	public static final String HEARING_AGENTS = "hearingAgents";

	// 送达听证通知书
	public static final String HEARING_NOTICE_SERVED_AT = "hearingNoticeServedAt";

	/** The notice could not be served 7 working days ahead: schedule again. */
	public static final String HEARING_RESCHEDULED = "hearingRescheduled";

	// 举行听证
	/** See {@link Attendance}. */
	public static final String PARTY_ATTENDANCE = "partyAttendance";

	/** What the investigators presented and the party answered, as the record (听证笔录) holds it. */
	public static final String HEARING_RECORD = "hearingRecord";

	/** The party or agent checked and signed the record (Art 64(8)). */
	public static final String HEARING_RECORD_SIGNED = "hearingRecordSigned";

	/** The presiding officer's note of a refusal to sign. */
	public static final String SIGNATURE_REFUSAL_NOTE = "signatureRefusalNote";

	// 听证报告
	public static final String HEARING_REPORT = PenaltyCaseProcess.HEARING_REPORT;

	/** Written back to the caller: the hearing was held (true) or waived (false). */
	public static final String HEARING_HELD = PenaltyCaseProcess.HEARING_HELD;

	private HearingProcess() {
	}

	/** Element ids that code, tests and logs refer to. */
	public static final class Elements {

		public static final String TASK_OPEN_HEARING = "Task_OpenHearing";

		public static final String TASK_SCHEDULE_HEARING = "Task_ScheduleHearing";

		public static final String TASK_SERVE_HEARING_NOTICE = "Task_ServeHearingNotice";

		public static final String EVENT_HEARING_DAY = "Event_HearingDay";

		public static final String TASK_HOLD_HEARING = "Task_HoldHearing";

		public static final String END_HEARING_WAIVED = "EndEvent_HearingWaived";

		public static final String TASK_WRITE_HEARING_REPORT = "Task_WriteHearingReport";

		public static final String END_HEARING_HELD = "EndEvent_HearingHeld";

		private Elements() {
		}

	}

	/** Why a hearing is not public (Art 64(3)). */
	public enum NonPublicReason {
		STATE_SECRET, BUSINESS_SECRET, PRIVACY
	}

	/** Whether the party came (Art 64(6)): absence without good reason or leaving without leave waives the hearing. */
	public enum Attendance {

		APPEARED,

		/** 无正当理由拒不出席. */
		ABSENT,

		/** 未经许可中途退出. */
		LEFT

	}

}

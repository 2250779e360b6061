package org.zhifa.hearing;

import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.hearing.HearingProcess.Attendance;
import org.zhifa.hearing.HearingProcess.NonPublicReason;

/**
 * A hearing of a case (听证) from the party's request to the presiding officer's report, or to the waiver.
 */
@Table("hearing")
public class Hearing {

	@Id
	private Long id;

	@Version
	private Long version;

	private String caseNo;

	private State state;

	private Instant requestedAt;

	private String presidingOfficer;

	private String recorder;

	private Instant scheduledAt;

	private String place;

	private Boolean publicHearing;

	private NonPublicReason nonPublicReason;

	private String agents;

	private Instant noticeServedAt;

	private Attendance partyAttendance;

	private String recordSummary;

	private Boolean recordSigned;

	private String signatureRefusalNote;

	private String report;

	private Instant heldAt;

	private Instant closedAt;

	Hearing() {
	}

	static Hearing requested(String caseNo, Instant requestedAt) {
		Hearing hearing = new Hearing();
		hearing.caseNo = Objects.requireNonNull(caseNo, "caseNo");
		hearing.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
		hearing.state = State.REQUESTED;
		return hearing;
	}

	/** The organ designated the presiding officer and fixed the time and place (Art 64(2)-(5)). */
	void schedule(Schedule schedule) {
		this.presidingOfficer = schedule.presidingOfficer();
		this.recorder = schedule.recorder();
		this.scheduledAt = schedule.at();
		this.place = schedule.place();
		this.publicHearing = schedule.publicHearing();
		this.nonPublicReason = schedule.nonPublicReason();
		this.agents = schedule.agents();
		this.noticeServedAt = null;
		this.state = State.SCHEDULED;
	}

	void noticeServed(Instant at) {
		this.noticeServedAt = at;
		this.state = State.NOTIFIED;
	}

	/** The hearing day: what the record holds, and whether the party signed it (Art 64(6)-(8)). */
	void hold(Attendance attendance, String summary, Boolean signed, String refusalNote, Instant at) {
		this.partyAttendance = attendance;
		this.recordSummary = summary;
		this.recordSigned = signed;
		this.signatureRefusalNote = refusalNote;
		this.heldAt = at;
		this.state = attendance == Attendance.APPEARED ? State.HELD : State.WAIVED;
	}

	void report(String text, Instant at) {
		this.report = text;
		this.closedAt = at;
		this.state = State.REPORTED;
	}

	public Long id() {
		return id;
	}

	public String caseNo() {
		return caseNo;
	}

	public State state() {
		return state;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public String presidingOfficer() {
		return presidingOfficer;
	}

	public String recorder() {
		return recorder;
	}

	public Instant scheduledAt() {
		return scheduledAt;
	}

	public String place() {
		return place;
	}

	public Boolean publicHearing() {
		return publicHearing;
	}

	public NonPublicReason nonPublicReason() {
		return nonPublicReason;
	}

	public String agents() {
		return agents;
	}

	public Instant noticeServedAt() {
		return noticeServedAt;
	}

	public Attendance partyAttendance() {
		return partyAttendance;
	}

	public String recordSummary() {
		return recordSummary;
	}

	public Boolean recordSigned() {
		return recordSigned;
	}

	public String signatureRefusalNote() {
		return signatureRefusalNote;
	}

	public String report() {
		return report;
	}

	public Instant heldAt() {
		return heldAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	/** Where a hearing stands. */
	public enum State {
		REQUESTED, SCHEDULED, NOTIFIED, HELD, WAIVED, REPORTED
	}

	/** What the organ fixed for the hearing. */
	record Schedule(String presidingOfficer, String recorder, Instant at, String place, boolean publicHearing,
			NonPublicReason nonPublicReason, String agents) {
	}

}

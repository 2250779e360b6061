package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.enforcement.DecisionExecutionProcess.CourtOutcome;
import org.zhifa.enforcement.DecisionExecutionProcess.DeferralKind;

/**
 * The execution of a decision's fine: its payment period, a deferral or instalments approved on application, the
 * written reminder and the application to the people's court, until the fine is paid or the court has ruled.
 */
@Table("decision_execution")
public class DecisionExecution {

	@Id
	private Long id;

	@Version
	private Long version;

	private String caseNo;

	private String decisionNo;

	private BigDecimal fine;

	private State state;

	private Instant periodStart;

	private Instant paymentDueAt;

	private DeferralKind deferralKind;

	private Instant deferralRequestedAt;

	private String deferralReason;

	private Boolean deferralApproved;

	private Instant deferredUntil;

	private Integer instalmentCount;

	private String deferralOpinion;

	private Instant reminderServedAt;

	private BigDecimal surchargeAtReminder;

	private Instant courtApplicationFrom;

	private Instant courtApplicationDue;

	private String court;

	private Instant courtAppliedAt;

	private CourtOutcome courtOutcome;

	private Instant courtOutcomeAt;

	private String courtOutcomeNotes;

	private Instant paidAt;

	DecisionExecution() {
	}

	static DecisionExecution open(String caseNo, String decisionNo, BigDecimal fine, Instant periodStart,
			Instant paymentDueAt) {
		DecisionExecution execution = new DecisionExecution();
		execution.caseNo = Objects.requireNonNull(caseNo, "caseNo");
		execution.decisionNo = Objects.requireNonNull(decisionNo, "decisionNo");
		execution.fine = Objects.requireNonNull(fine, "fine");
		execution.periodStart = Objects.requireNonNull(periodStart, "periodStart");
		execution.paymentDueAt = Objects.requireNonNull(paymentDueAt, "paymentDueAt");
		execution.state = State.AWAITING_PAYMENT;
		return execution;
	}

	/** The organ's decision on an application to pay later or in instalments (行政处罚法 Art 66(2)). */
	void decideDeferral(Deferral deferral) {
		this.deferralKind = deferral.kind();
		this.deferralRequestedAt = deferral.requestedAt();
		this.deferralReason = deferral.reason();
		this.deferralApproved = deferral.approved();
		this.deferralOpinion = deferral.opinion();
		if (deferral.approved()) {
			this.deferredUntil = deferral.until();
			this.instalmentCount = deferral.instalments();
			this.paymentDueAt = deferral.dueAt();
		}
	}

	void reminderServed(Instant at, BigDecimal surcharge, Instant applicationFrom, Instant applicationDue) {
		this.reminderServedAt = at;
		this.surchargeAtReminder = surcharge;
		this.courtApplicationFrom = applicationFrom;
		this.courtApplicationDue = applicationDue;
		this.state = State.REMINDED;
	}

	void appliedToCourt(String courtName, Instant at) {
		this.court = courtName;
		this.courtAppliedAt = at;
		this.state = State.APPLIED_TO_COURT;
	}

	void courtRuled(CourtOutcome outcome, Instant at, String notes) {
		this.courtOutcome = outcome;
		this.courtOutcomeAt = at;
		this.courtOutcomeNotes = notes;
		this.state = State.COURT_RULED;
	}

	/** A reconsideration organ or a court changed the fine: the new amount is what is executed. */
	void fineChanged(BigDecimal changed) {
		this.fine = changed;
	}

	void stopped() {
		this.state = State.STOPPED;
	}

	void paid(Instant at) {
		this.paidAt = at;
		this.state = State.PAID;
	}

	public Long id() {
		return id;
	}

	public String caseNo() {
		return caseNo;
	}

	public String decisionNo() {
		return decisionNo;
	}

	public BigDecimal fine() {
		return fine;
	}

	public State state() {
		return state;
	}

	public Instant periodStart() {
		return periodStart;
	}

	public Instant paymentDueAt() {
		return paymentDueAt;
	}

	public DeferralKind deferralKind() {
		return deferralKind;
	}

	public Instant deferralRequestedAt() {
		return deferralRequestedAt;
	}

	public String deferralReason() {
		return deferralReason;
	}

	public Boolean deferralApproved() {
		return deferralApproved;
	}

	public Instant deferredUntil() {
		return deferredUntil;
	}

	public Integer instalmentCount() {
		return instalmentCount;
	}

	public String deferralOpinion() {
		return deferralOpinion;
	}

	public Instant reminderServedAt() {
		return reminderServedAt;
	}

	public BigDecimal surchargeAtReminder() {
		return surchargeAtReminder;
	}

	public Instant courtApplicationFrom() {
		return courtApplicationFrom;
	}

	public Instant courtApplicationDue() {
		return courtApplicationDue;
	}

	public String court() {
		return court;
	}

	public Instant courtAppliedAt() {
		return courtAppliedAt;
	}

	public CourtOutcome courtOutcome() {
		return courtOutcome;
	}

	public Instant courtOutcomeAt() {
		return courtOutcomeAt;
	}

	public String courtOutcomeNotes() {
		return courtOutcomeNotes;
	}

	public Instant paidAt() {
		return paidAt;
	}

	/** Where the execution stands. */
	public enum State {
		AWAITING_PAYMENT, REMINDED, APPLIED_TO_COURT, COURT_RULED, PAID,

		/** The decision was revoked: nothing is owed. */
		STOPPED
	}

	/**
	 * An application to defer or pay in instalments and the organ's decision on it.
	 * @param until the end of the deferral, or the day of the last instalment
	 * @param dueAt the new end of the payment period, when approved
	 */
	record Deferral(DeferralKind kind, Instant requestedAt, String reason, boolean approved, Instant until,
			Integer instalments, String opinion, Instant dueAt) {
	}

}

package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.deadline.DateInterval;
import org.zhifa.enforcement.AppealProcess.AppealKind;
import org.zhifa.enforcement.AppealProcess.AppealOutcome;
import org.zhifa.process.Values;

/**
 * An application for reconsideration or a lawsuit against a decision (复议, 诉讼), from its filing to its outcome.
 * While it is pending the late-payment surcharge does not run (行政处罚法 Art 73(3)).
 */
@Table("decision_appeal")
public class DecisionAppeal {

	@Id
	private Long id;

	@Version
	private Long version;

	private String caseNo;

	private String decisionNo;

	private AppealKind kind;

	private String body;

	private Instant filedAt;

	private Instant notifiedAt;

	private String registeredBy;

	private Instant answeredAt;

	private AppealOutcome outcome;

	private Instant decidedAt;

	private BigDecimal changedFine;

	private String outcomeSummary;

	private Boolean published;

	private Instant publicationWithdrawnAt;

	DecisionAppeal() {
	}

	static DecisionAppeal filed(String caseNo, String decisionNo, AppealKind kind, String body, Instant filedAt,
			Instant notifiedAt, String registeredBy) {
		DecisionAppeal appeal = new DecisionAppeal();
		appeal.caseNo = Objects.requireNonNull(caseNo, "caseNo");
		appeal.decisionNo = Objects.requireNonNull(decisionNo, "decisionNo");
		appeal.kind = Objects.requireNonNull(kind, "kind");
		appeal.body = Objects.requireNonNull(body, "body");
		appeal.filedAt = Objects.requireNonNull(filedAt, "filedAt");
		appeal.notifiedAt = Objects.requireNonNull(notifiedAt, "notifiedAt");
		appeal.registeredBy = registeredBy;
		return appeal;
	}

	void answered(Instant at) {
		this.answeredAt = at;
	}

	void decided(AppealOutcome result, Instant at, BigDecimal newFine, String summary) {
		this.outcome = result;
		this.decidedAt = at;
		this.changedFine = result == AppealOutcome.CHANGED ? newFine : null;
		this.outcomeSummary = summary;
	}

	void publicationWithdrawn(boolean wasPublished, Instant at) {
		this.published = wasPublished;
		this.publicationWithdrawnAt = wasPublished ? at : null;
	}

	/** Whether it is still pending on the day. */
	boolean pendingOn(LocalDate day) {
		LocalDate filed = filedAt.atZone(Values.ZONE).toLocalDate();
		return !day.isBefore(filed) && (decidedAt == null || !day.isAfter(decidedAt.atZone(Values.ZONE).toLocalDate()));
	}

	/** The days it was pending, up to {@code today} while undecided: no surcharge runs on them. */
	DateInterval pendingDays(LocalDate today) {
		LocalDate filed = filedAt.atZone(Values.ZONE).toLocalDate();
		LocalDate end = decidedAt == null ? today : decidedAt.atZone(Values.ZONE).toLocalDate();
		return new DateInterval(filed, end.isBefore(filed) ? filed : end);
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

	public AppealKind kind() {
		return kind;
	}

	public String body() {
		return body;
	}

	public Instant filedAt() {
		return filedAt;
	}

	public Instant notifiedAt() {
		return notifiedAt;
	}

	public String registeredBy() {
		return registeredBy;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public AppealOutcome outcome() {
		return outcome;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public BigDecimal changedFine() {
		return changedFine;
	}

	public String outcomeSummary() {
		return outcomeSummary;
	}

	public Boolean published() {
		return published;
	}

	public Instant publicationWithdrawnAt() {
		return publicationWithdrawnAt;
	}

}

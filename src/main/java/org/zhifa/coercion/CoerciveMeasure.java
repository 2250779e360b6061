package org.zhifa.coercion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.coercion.CoerciveMeasureProcess.MeasureKind;
import org.zhifa.coercion.CoerciveMeasureProcess.PartySignature;
import org.zhifa.coercion.CoerciveMeasureProcess.ReleaseReason;

/**
 * A coercive measure of a case (查封、扣押, 行政强制法 Arts 18-28) or a registration and preservation of evidence
 * (先行登记保存, 行政处罚法 Art 56), from the proposal to its outcome.
 */
@Table("coercive_measure")
public class CoerciveMeasure {

	@Id
	private Long id;

	@Version
	private Long version;

	private String caseNo;

	private MeasureKind kind;

	private MeasureKind convertedFrom;

	private Instant convertedAt;

	private State state;

	private String reason;

	private String legalBasis;

	private String items;

	private String place;

	private String officer1;

	private String officer2;

	private Instant proposedAt;

	private boolean emergency;

	private Instant takenAt;

	private Instant reportedAt;

	private Boolean reportedInTime;

	private String documentNo;

	private LocalDate documentDate;

	private Instant handedOverAt;

	private PartySignature partySignature;

	private String signatureNote;

	private LocalDate termStart;

	private LocalDate termEnd;

	private Integer extensionDays;

	private String extensionReason;

	private Instant extendedAt;

	private Outcome outcome;

	private String outcomeNote;

	private ReleaseReason releaseReason;

	private String releaseDocumentNo;

	private LocalDate itemsReturnedOn;

	private Instant closedAt;

	@MappedCollection(idColumn = "coercive_measure", keyColumn = "position")
	private List<MeasureApproval> approvals = new ArrayList<>();

	@MappedCollection(idColumn = "coercive_measure", keyColumn = "position")
	private List<TestingInterval> testingIntervals = new ArrayList<>();

	CoerciveMeasure() {
	}

	static CoerciveMeasure proposed(String caseNo, Proposal proposal, Instant at) {
		CoerciveMeasure measure = new CoerciveMeasure();
		measure.caseNo = Objects.requireNonNull(caseNo, "caseNo must not be null");
		measure.kind = Objects.requireNonNull(proposal.kind(), "kind must not be null");
		measure.reason = proposal.reason();
		measure.legalBasis = proposal.legalBasis();
		measure.items = proposal.items();
		measure.place = proposal.place();
		measure.officer1 = proposal.officer1();
		measure.officer2 = proposal.officer2();
		measure.emergency = proposal.takenAt() != null;
		measure.takenAt = proposal.takenAt();
		measure.proposedAt = at;
		measure.state = measure.emergency ? State.IN_FORCE : State.PROPOSED;
		return measure;
	}

	/** The head decided; a refusal ends a proposal that was not yet carried out. */
	void decide(MeasureApproval approval) {
		approvals.add(approval);
		if (approval.kind() == MeasureApproval.Kind.PRIOR) {
			state = approval.approved() ? State.APPROVED : State.REFUSED;
			if (!approval.approved() && convertedFrom == null) {
				outcome = Outcome.NOT_APPROVED;
				closedAt = approval.decidedAt();
			}
		}
	}

	/** The document and the list were handed over on the spot, with the party's signature or its refusal. */
	void carryOut(OnSite onSite, Instant reportedAt, Boolean reportedInTime) {
		this.documentNo = onSite.documentNo();
		this.documentDate = onSite.documentDate();
		this.items = onSite.items();
		this.handedOverAt = onSite.handedOverAt();
		this.partySignature = onSite.signature();
		this.signatureNote = onSite.signatureNote();
		this.reportedAt = reportedAt;
		this.reportedInTime = reportedInTime;
		this.state = State.IN_FORCE;
	}

	void term(LocalDate start, LocalDate end) {
		this.termStart = start;
		this.termEnd = end;
	}

	void extend(int days, String reason, Instant at) {
		this.extensionDays = days;
		this.extensionReason = reason;
		this.extendedAt = at;
	}

	void addTesting(TestingInterval testing) {
		testingIntervals.add(testing);
	}

	/** The preserved evidence becomes a seizure, which the head must approve (行政强制法 Art 18(1)). */
	void convertToSeizure(Instant at) {
		this.convertedFrom = kind;
		this.convertedAt = at;
		this.kind = MeasureKind.SEIZURE;
		this.state = State.PROPOSED;
	}

	/** Confiscated, destroyed, or the evidence recorded, copied, tested or appraised. */
	void conclude(Outcome outcome, String note, Instant at) {
		this.outcome = outcome;
		this.outcomeNote = note;
		this.closedAt = at;
		this.state = State.CLOSED;
	}

	/** The measure is lifted and the items returned (Art 28). */
	void release(Release release, Instant at) {
		this.releaseReason = release.reason();
		this.releaseDocumentNo = release.documentNo();
		this.itemsReturnedOn = release.itemsReturnedOn();
		conclude(Outcome.RELEASED, release.note(), at);
	}

	public Long id() {
		return id;
	}

	public String caseNo() {
		return caseNo;
	}

	public MeasureKind kind() {
		return kind;
	}

	public MeasureKind convertedFrom() {
		return convertedFrom;
	}

	public Instant convertedAt() {
		return convertedAt;
	}

	public State state() {
		return state;
	}

	public String reason() {
		return reason;
	}

	public String legalBasis() {
		return legalBasis;
	}

	public String items() {
		return items;
	}

	public String place() {
		return place;
	}

	public String officer1() {
		return officer1;
	}

	public String officer2() {
		return officer2;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public boolean emergency() {
		return emergency;
	}

	public Instant takenAt() {
		return takenAt;
	}

	public Instant reportedAt() {
		return reportedAt;
	}

	public Boolean reportedInTime() {
		return reportedInTime;
	}

	public String documentNo() {
		return documentNo;
	}

	public LocalDate documentDate() {
		return documentDate;
	}

	public Instant handedOverAt() {
		return handedOverAt;
	}

	public PartySignature partySignature() {
		return partySignature;
	}

	public String signatureNote() {
		return signatureNote;
	}

	public LocalDate termStart() {
		return termStart;
	}

	public LocalDate termEnd() {
		return termEnd;
	}

	public Integer extensionDays() {
		return extensionDays;
	}

	public String extensionReason() {
		return extensionReason;
	}

	public Instant extendedAt() {
		return extendedAt;
	}

	public Outcome outcome() {
		return outcome;
	}

	public String outcomeNote() {
		return outcomeNote;
	}

	public ReleaseReason releaseReason() {
		return releaseReason;
	}

	public String releaseDocumentNo() {
		return releaseDocumentNo;
	}

	public LocalDate itemsReturnedOn() {
		return itemsReturnedOn;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public List<MeasureApproval> approvals() {
		return List.copyOf(approvals);
	}

	public List<TestingInterval> testingIntervals() {
		return List.copyOf(testingIntervals);
	}

	/** Where a measure stands. */
	public enum State {
		PROPOSED, APPROVED, REFUSED, IN_FORCE, CLOSED
	}

	/** How a measure ended. */
	public enum Outcome {

		/** The head refused the prior approval: nothing was done. */
		NOT_APPROVED,

		/** 解除: lifted, the items returned (行政强制法 Arts 19, 28). */
		RELEASED,

		/** 没收: carried into the penalty decision (Art 27). */
		CONFISCATED,

		/** 销毁 where the law requires it (Art 27). */
		DESTROYED,

		/** 记录、复制: the evidence recorded or copied, then returned (行政处罚法 Art 56). */
		RECORDED_OR_COPIED,

		/** 检测 (Art 56). */
		TESTED,

		/** 送交鉴定 (Art 56). */
		APPRAISED

	}

	/** What the officers propose (the start form). */
	record Proposal(MeasureKind kind, String reason, String legalBasis, String items, String place, String officer1,
			String officer2, Instant takenAt) {
	}

	/** What the on-site record holds. */
	record OnSite(String documentNo, LocalDate documentDate, String items, Instant handedOverAt,
			PartySignature signature, String signatureNote) {
	}

	/** The release decision (解除决定书) and the return of the items. */
	record Release(ReleaseReason reason, String documentNo, LocalDate itemsReturnedOn, String note) {
	}

}

package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A penalty case (案件) from the filed clue to the archive: the aggregate of the case file, keyed by the case number
 * (the filing number, 立案编号), which is also the business key of its {@code PenaltyCaseProcess} or
 * {@code SimpleProcedureProcess}. The clue and the catalogue item are referenced by id. Parties' identity numbers stay
 * here, never in process variables or logs.
 */
@Table("case_record")
public class CaseRecord {

	@Id
	private String caseNo;

	@Version
	private Long version;

	private String clueNo;

	@Column("procedure_kind")
	private String procedure;

	private String procedureClass;

	private String squad;

	private int catalogueVersion;

	private String itemCode;

	private String lineArea;

	private CaseState state;

	private CaseState closingState;

	private String summary;

	private String facts;

	private String legalBasis;

	private String proposedPenaltyKinds;

	private BigDecimal proposedFine;

	private String decidedPenaltyKinds;

	private BigDecimal decidedFine;

	private String decisionNo;

	private String outcomeReason;

	private String statement;

	private String recheckConclusion;

	private String serviceMethod;

	private String paymentCode;

	private Instant openedAt;

	private Instant filedAt;

	private Instant decisionDueAt;

	private Instant extendedAt;

	private Instant reportedAt;

	private Instant noticeServedAt;

	private Instant decidedAt;

	private Instant servedAt;

	private Instant paidAt;

	private Instant concludedAt;

	private Instant archivedAt;

	private String processInstanceId;

	private String collectionReason;

	private String fiscalReceiptNo;

	private Instant handedOverAt;

	private Instant filedWithOrganAt;

	private Instant revokedAt;

	private String revocationReason;

	@MappedCollection(idColumn = "case_no", keyColumn = "position")
	private List<CaseParty> parties = new ArrayList<>();

	@MappedCollection(idColumn = "case_no", keyColumn = "position")
	private List<CaseHandler> handlers = new ArrayList<>();

	@MappedCollection(idColumn = "case_no", keyColumn = "position")
	private List<CaseEvidence> evidence = new ArrayList<>();

	CaseRecord() {
	}

	/** Opens the case of a filed clue under its new case number. */
	static CaseRecord open(String caseNo, String clueNo, String procedure, String squad, int catalogueVersion,
			Instant now) {
		CaseRecord record = new CaseRecord();
		record.caseNo = Objects.requireNonNull(caseNo, "caseNo");
		record.clueNo = Objects.requireNonNull(clueNo, "clueNo");
		record.procedure = Objects.requireNonNull(procedure, "procedure");
		record.squad = squad;
		record.catalogueVersion = catalogueVersion;
		record.openedAt = now;
		record.state = "SIMPLE".equals(procedure) ? CaseState.AWAITING_SIMPLE_PROCEDURE : CaseState.OPENED;
		return record;
	}

	void startedAs(String instanceId) {
		this.processInstanceId = instanceId;
	}

	/** The filing is approved (立案): handlers, party and cause are fixed and the decision limit starts. */
	void file(Filing filing, Instant at, Instant decisionDue) {
		requireState(CaseState.OPENED);
		this.itemCode = filing.itemCode();
		this.lineArea = filing.lineArea();
		this.summary = filing.summary();
		this.parties.clear();
		this.parties.add(filing.party());
		this.handlers.clear();
		filing.handlers().forEach(handler -> this.handlers.add(new CaseHandler(handler, at)));
		this.filedAt = at;
		this.decisionDueAt = decisionDue;
		this.state = CaseState.INVESTIGATING;
	}

	void refuseFiling(String reason, Instant at) {
		requireState(CaseState.OPENED);
		this.outcomeReason = reason;
		this.concludedAt = at;
		this.state = CaseState.FILING_REFUSED;
	}

	/** A granted recusal (回避, 行政处罚法 Art 43) replaces one handler. */
	void replaceHandler(String recused, String replacement, Instant at) {
		int index = handlerIds().indexOf(recused);
		if (index < 0) {
			throw new IllegalStateException(recused + " is not a handler of " + caseNo);
		}
		handlers.set(index, new CaseHandler(replacement, at));
	}

	void extendDecisionLimit(Instant newDue, Instant at) {
		this.decisionDueAt = newDue;
		this.extendedAt = at;
	}

	/** The decision limit counted again, without days that do not count towards it. */
	void moveDecisionLimit(Instant newDue) {
		this.decisionDueAt = newDue;
	}

	void report(InvestigationReport report, Instant at) {
		requireState(CaseState.INVESTIGATING, CaseState.REPORTED);
		this.facts = report.facts();
		this.legalBasis = report.legalBasis();
		this.evidence.clear();
		report.evidenceRefs().forEach(reference -> this.evidence.add(new CaseEvidence(reference)));
		this.proposedPenaltyKinds = String.join(",", report.proposedPenaltyKinds());
		this.proposedFine = report.proposedFine();
		this.reportedAt = at;
		this.state = CaseState.REPORTED;
	}

	void classify(String procedureClassValue) {
		this.procedureClass = procedureClassValue;
	}

	void decide(String number, DecisionInput decision, Instant at) {
		requireState(CaseState.REPORTED);
		this.noticeServedAt = decision.noticeServedAt();
		this.statement = decision.statement();
		this.recheckConclusion = decision.recheckConclusion();
		this.decidedPenaltyKinds = String.join(",", decision.penaltyKinds());
		this.decidedFine = decision.fine();
		this.decisionNo = number;
		this.decidedAt = at;
		this.state = CaseState.DECIDED;
	}

	/**
	 * The simple procedure's decision made and handed to the party on the spot (当场处罚, 行政处罚法 Arts 51–52): party,
	 * officers, facts, basis and penalty are fixed, and the decision counts as served directly.
	 */
	void decideOnTheSpot(String number, OnTheSpotDecision decision, Instant at) {
		requireState(CaseState.AWAITING_SIMPLE_PROCEDURE);
		this.parties.clear();
		this.parties.add(decision.party());
		this.handlers.clear();
		decision.handlers().forEach(handler -> this.handlers.add(new CaseHandler(handler, at)));
		this.facts = decision.facts();
		this.legalBasis = decision.legalBasis();
		this.decidedPenaltyKinds = String.join(",", decision.penaltyKinds());
		this.decidedFine = decision.fine();
		this.collectionReason = decision.collectOnTheSpot() ? decision.collectionReason() : null;
		this.decisionNo = number;
		this.decidedAt = at;
		this.serviceMethod = PenaltyCaseProcess.ServiceMethod.DIRECT.name();
		this.servedAt = at;
		this.state = CaseState.SERVED;
	}

	/** The officers collected the fine on the spot against a fiscal receipt (Arts 68, 70). */
	void collectOnTheSpot(String receiptNo, Instant at) {
		requireState(CaseState.SERVED);
		this.fiscalReceiptNo = receiptNo;
		paid(at);
	}

	/** The officers handed the cash collected on the spot to the organ (Art 71). */
	void handOverCash(Instant at) {
		requireState(CaseState.PAID);
		this.handedOverAt = at;
	}

	/** The on-the-spot decision was filed with the organ (备案, Art 52). */
	void fileWithOrgan(Instant at) {
		this.filedWithOrganAt = at;
	}

	void paymentCodeIssued(String code) {
		this.paymentCode = code;
	}

	void served(String method, Instant at) {
		requireState(CaseState.DECIDED, CaseState.SERVED);
		this.serviceMethod = method;
		this.servedAt = at;
		this.state = CaseState.SERVED;
	}

	void paid(Instant at) {
		this.paidAt = at;
		this.state = CaseState.PAID;
	}

	/**
	 * The decision was revoked (复议 or 诉讼): an open case ends as revoked; an archived one keeps its state and carries
	 * the revocation.
	 */
	void revoke(String reason, Instant at) {
		if (decisionNo == null) {
			throw new IllegalStateException("Case " + caseNo + " has no decision to revoke");
		}
		this.revokedAt = at;
		this.revocationReason = reason;
		if (state != CaseState.ARCHIVED) {
			this.concludedAt = at;
			this.state = CaseState.REVOKED;
		}
	}

	/** A reconsideration organ or a court changed the fine (变更): the new amount is what the party owes. */
	void changeFine(BigDecimal fine) {
		if (decisionNo == null) {
			throw new IllegalStateException("Case " + caseNo + " has no decision to change");
		}
		this.decidedFine = fine;
	}

	/** The case ends without a penalty decision: no penalty, transfer or withdrawal. */
	void conclude(CaseState outcome, String reason, Instant at) {
		requireState(CaseState.INVESTIGATING, CaseState.REPORTED);
		this.outcomeReason = reason;
		this.concludedAt = at;
		this.state = outcome;
	}

	void archive(Instant at) {
		this.closingState = state;
		this.archivedAt = at;
		if (concludedAt == null) {
			this.concludedAt = at;
		}
		this.state = CaseState.ARCHIVED;
	}

	private void requireState(CaseState... allowed) {
		for (CaseState candidate : allowed) {
			if (state == candidate) {
				return;
			}
		}
		throw new IllegalStateException("Case " + caseNo + " is " + state + ", expected one of "
				+ java.util.Arrays.toString(allowed));
	}

	public String caseNo() {
		return caseNo;
	}

	public String clueNo() {
		return clueNo;
	}

	public String procedure() {
		return procedure;
	}

	public String procedureClass() {
		return procedureClass;
	}

	public String squad() {
		return squad;
	}

	public int catalogueVersion() {
		return catalogueVersion;
	}

	public String itemCode() {
		return itemCode;
	}

	public String lineArea() {
		return lineArea;
	}

	public CaseState state() {
		return state;
	}

	/** The state in which the case was closed, before it was archived. */
	public CaseState closingState() {
		return closingState;
	}

	public String summary() {
		return summary;
	}

	public String facts() {
		return facts;
	}

	public String legalBasis() {
		return legalBasis;
	}

	public List<String> proposedPenaltyKinds() {
		return split(proposedPenaltyKinds);
	}

	public BigDecimal proposedFine() {
		return proposedFine;
	}

	public List<String> decidedPenaltyKinds() {
		return split(decidedPenaltyKinds);
	}

	public BigDecimal decidedFine() {
		return decidedFine;
	}

	public String decisionNo() {
		return decisionNo;
	}

	public String outcomeReason() {
		return outcomeReason;
	}

	public String statement() {
		return statement;
	}

	public String recheckConclusion() {
		return recheckConclusion;
	}

	public String serviceMethod() {
		return serviceMethod;
	}

	public String paymentCode() {
		return paymentCode;
	}

	public Instant openedAt() {
		return openedAt;
	}

	public Instant filedAt() {
		return filedAt;
	}

	public Instant decisionDueAt() {
		return decisionDueAt;
	}

	public Instant extendedAt() {
		return extendedAt;
	}

	public Instant reportedAt() {
		return reportedAt;
	}

	public Instant noticeServedAt() {
		return noticeServedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public Instant servedAt() {
		return servedAt;
	}

	public Instant paidAt() {
		return paidAt;
	}

	public Instant concludedAt() {
		return concludedAt;
	}

	public Instant archivedAt() {
		return archivedAt;
	}

	public String processInstanceId() {
		return processInstanceId;
	}

	/** Why a fine over 100 yuan was collected on the spot (Art 68(2), Art 69). */
	public String collectionReason() {
		return collectionReason;
	}

	/** The fiscal receipt handed over for a fine collected on the spot (Art 70). */
	public String fiscalReceiptNo() {
		return fiscalReceiptNo;
	}

	public Instant handedOverAt() {
		return handedOverAt;
	}

	public Instant filedWithOrganAt() {
		return filedWithOrganAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	public String revocationReason() {
		return revocationReason;
	}

	public List<CaseParty> parties() {
		return List.copyOf(parties);
	}

	public List<String> handlerIds() {
		return handlers.stream().map(CaseHandler::userId).toList();
	}

	public List<CaseHandler> handlers() {
		return List.copyOf(handlers);
	}

	public List<String> evidenceRefs() {
		return evidence.stream().map(CaseEvidence::reference).toList();
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
	}

}

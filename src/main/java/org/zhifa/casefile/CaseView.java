package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A case as {@code GET /api/v1/cases/{caseNo}} shows it: the record, its state and its open tasks with their due
 * dates, and the sections other capabilities add ({@link CaseFileSection}). The parties' identity numbers are
 * masked.
 */
public record CaseView(String caseNo, String clueNo, CaseState state, String procedure, String procedureClass,
		String squad, Cause cause, List<Party> parties, List<String> handlers, String summary, String facts,
		List<String> evidenceRefs, String legalBasis, Penalty proposed, Penalty decided, String decisionNo,
		String serviceMethod, String outcomeReason, OnTheSpot onTheSpot, Revocation revocation, Dates dates,
		String processInstanceId, List<OpenTask> openTasks, Map<String, Object> sections) {

	/** The cause (案由): the catalogue item and its version. */
	public record Cause(String itemCode, String lineArea, int catalogueVersion) {
	}

	public record Party(PartyType partyType, String name, String idNumber, String address) {
	}

	public record Penalty(List<String> kinds, BigDecimal fine) {
	}

	/**
	 * The simple procedure's collection on the spot (行政处罚法 Arts 68-71) and filing with the organ (Art 52); absent
	 * for other cases.
	 */
	public record OnTheSpot(String collectionReason, String fiscalReceiptNo, Instant handedOverAt,
			Instant filedWithOrganAt) {

		static OnTheSpot of(CaseRecord c) {
			boolean any = c.collectionReason() != null || c.fiscalReceiptNo() != null || c.handedOverAt() != null
					|| c.filedWithOrganAt() != null;
			return any ? new OnTheSpot(c.collectionReason(), c.fiscalReceiptNo(), c.handedOverAt(),
					c.filedWithOrganAt()) : null;
		}

	}

	/** The revocation of the decision by a reconsideration organ or a court; absent unless revoked. */
	public record Revocation(Instant revokedAt, String reason) {

		static Revocation of(CaseRecord c) {
			return c.revokedAt() == null ? null : new Revocation(c.revokedAt(), c.revocationReason());
		}

	}

	/** The dates of each step. */
	public record Dates(Instant openedAt, Instant filedAt, Instant decisionDueAt, Instant extendedAt,
			Instant reportedAt, Instant noticeServedAt, Instant decidedAt, Instant servedAt, Instant paidAt,
			Instant concludedAt, Instant archivedAt) {
	}

	/** A step waiting for someone, with its statutory due date. */
	public record OpenTask(String taskId, String name, String assignee, Date due, Date followUp) {
	}

	static CaseView of(CaseRecord c, List<OpenTask> openTasks, Map<String, Object> sections) {
		return new CaseView(c.caseNo(), c.clueNo(), c.state(), c.procedure(), c.procedureClass(), c.squad(),
				new Cause(c.itemCode(), c.lineArea(), c.catalogueVersion()),
				c.parties().stream().map(p -> new Party(p.partyType(), p.name(), mask(p.idNumber()), p.address()))
					.toList(),
				c.handlerIds(), c.summary(), c.facts(), c.evidenceRefs(), c.legalBasis(),
				new Penalty(c.proposedPenaltyKinds(), c.proposedFine()),
				new Penalty(c.decidedPenaltyKinds(), c.decidedFine()), c.decisionNo(), c.serviceMethod(),
				c.outcomeReason(), OnTheSpot.of(c), Revocation.of(c),
				new Dates(c.openedAt(), c.filedAt(), c.decisionDueAt(), c.extendedAt(), c.reportedAt(),
						c.noticeServedAt(), c.decidedAt(), c.servedAt(), c.paidAt(), c.concludedAt(), c.archivedAt()),
				c.processInstanceId(), openTasks, sections);
	}

	/** Keeps the first six and the last two characters of an identity number. */
	static String mask(String idNumber) {
		if (idNumber == null || idNumber.length() < 9) {
			return idNumber == null ? null : "****";
		}
		return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 8) + idNumber.substring(idNumber.length() - 2);
	}

}

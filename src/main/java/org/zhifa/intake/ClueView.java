package org.zhifa.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A clue as {@code GET /api/v1/clues/{clueNo}} shows it: the record, its state, its routing and its open deadlines.
 * The complainant's phone number is masked.
 */
public record ClueView(String clueNo, ClueSource source, ClueState state, String lineArea, String itemCode,
		String areaCode, Boolean territorial, OffsetDateTime occurredAt, String location, String description,
		String sourceUnit, String sourceReference, String complainantPhone, boolean replyOwed, Instant registeredAt,
		Routing routing, Outcome outcome, List<ClueEvidence> evidence, List<ClueReport> linkedReports,
		String processInstanceId, List<OpenTask> openTasks) {

	/** Who handles it and why. */
	public record Routing(String handlingBody, String squad, List<String> rules, Integer catalogueVersion) {
	}

	/** What became of it. */
	public record Outcome(String notFiledReason, String educationRecord, String procedure, String transferLetterNo,
			String transferFeedback) {
	}

	/** A step waiting for someone, with its statutory due date. */
	public record OpenTask(String taskId, String name, String candidateGroup, String assignee, java.util.Date due,
			java.util.Date followUp) {
	}

	static ClueView of(Clue clue, List<OpenTask> openTasks) {
		return new ClueView(clue.clueNo(), clue.source(), clue.state(), clue.lineArea(), clue.itemCode(),
				clue.areaCode(), clue.territorial(), clue.occurredAt(), clue.location(), clue.description(),
				clue.sourceUnit(), clue.sourceReference(), mask(clue.complainantPhone()), clue.replyOwed(),
				clue.registeredAt(),
				new Routing(clue.handlingBody(), clue.squad(), clue.routingRules(), clue.catalogueVersion()),
				new Outcome(clue.outcomeReason(), clue.educationRecord(), clue.procedure(), clue.transferLetterNo(),
						clue.transferFeedback()),
				clue.evidence(), clue.reports(), clue.processInstanceId(), openTasks);
	}

	static String mask(String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}

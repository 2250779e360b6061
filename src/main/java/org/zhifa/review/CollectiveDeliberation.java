package org.zhifa.review;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.casefile.PenaltyCaseProcess.DeliberationConclusion;

/**
 * The minutes of a collective deliberation (集体讨论记录, 行政处罚法 Art 57(2)): when it was held, who attended and what
 * each said, and the conclusion.
 *
 * @param recordedBy who minuted it (the committee member who completed the task)
 */
@Table("collective_deliberation")
public record CollectiveDeliberation(@Id Long id, String caseNo, int reviewRound, Instant heldAt,
		DeliberationConclusion conclusion, String summary, String recordedBy, String taskId, Instant recordedAt,
		@MappedCollection(idColumn = "collective_deliberation", keyColumn = "position") List<Attendee> attendees) {

	public CollectiveDeliberation {
		attendees = List.copyOf(attendees);
	}

	/** A leader who attended, with their opinion. */
	@Table("deliberation_attendee")
	public record Attendee(String attendee, String opinion) {
	}

}

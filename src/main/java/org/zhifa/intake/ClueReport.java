package org.zhifa.intake;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A later report of a matter already open as a clue (same item, same place, within the duplicate window).
 */
@Table("clue_report")
public record ClueReport(ClueSource source, String reportedBy, Instant reportedAt, String description) {
}

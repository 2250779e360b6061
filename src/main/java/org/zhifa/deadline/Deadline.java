package org.zhifa.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The last day of a period.
 *
 * @param due the last day on which the act is still in time
 * @param provisional whether a year the period touches has no holiday data, so that only weekends were taken as rest
 * days; the date must be checked again once the year's holidays are published
 * @param missingYears the years without holiday data, empty unless provisional
 */
public record Deadline(LocalDate due, boolean provisional, List<Integer> missingYears) {

	public Deadline {
		Objects.requireNonNull(due, "due must not be null");
		missingYears = List.copyOf(missingYears);
	}

}

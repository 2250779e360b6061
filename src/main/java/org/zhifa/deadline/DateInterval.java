package org.zhifa.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Days excluded from a period, both ends included: hearing, appraisal or public-notice time excluded from the
 * 90-day decision limit, testing time excluded from a seizure term, or the time a 复议/诉讼 was pending for the
 * late-payment surcharge.
 *
 * @param start the first excluded day
 * @param end the last excluded day, not before {@code start}
 */
public record DateInterval(LocalDate start, LocalDate end) {

	public DateInterval {
		Objects.requireNonNull(start, "start must not be null");
		Objects.requireNonNull(end, "end must not be null");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("end " + end + " must not be before start " + start);
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(start) && !day.isAfter(end);
	}

}

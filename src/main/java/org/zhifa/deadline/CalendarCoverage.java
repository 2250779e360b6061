package org.zhifa.deadline;

import java.util.List;

/**
 * Which years the holiday data covers, for administrators.
 *
 * @param coveredYears every year with holiday data
 * @param missingYears the current and the next year if they have none: their deadlines are provisional
 * @param source the holiday file
 */
public record CalendarCoverage(List<Integer> coveredYears, List<Integer> missingYears, String source) {

	public CalendarCoverage {
		coveredYears = List.copyOf(coveredYears);
		missingYears = List.copyOf(missingYears);
	}

	public boolean complete() {
		return missingYears.isEmpty();
	}

}

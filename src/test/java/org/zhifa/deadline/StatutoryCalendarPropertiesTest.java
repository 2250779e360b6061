package org.zhifa.deadline;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the calendar over every start day of 2025 and 2026 (the years with holiday data).
 */
class StatutoryCalendarPropertiesTest {

	private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);

	private final StatutoryCalendar calendar = Calendars.shipped();

	@Property
	void shouldNeverLandOnRestDayWhenAddingWorkingDays(@ForAll @IntRange(max = 729) int offset,
			@ForAll @IntRange(min = 1, max = 60) int days) {
		LocalDate from = FIRST.plusDays(offset);

		LocalDate due = calendar.plusWorkingDays(from, days).due();

		assertThat(calendar.isWorkingDay(due)).isTrue();
		assertThat(due).isAfter(from);
	}

	// Zero days end on the start day or, on a rest day, on the next working day; so these invariants start at one.
	@Property
	void shouldEndLaterWhenOneMoreWorkingDayIsAdded(@ForAll @IntRange(max = 729) int offset,
			@ForAll @IntRange(min = 1, max = 60) int days) {
		LocalDate from = FIRST.plusDays(offset);

		LocalDate due = calendar.plusWorkingDays(from, days).due();
		LocalDate later = calendar.plusWorkingDays(from, days + 1).due();

		assertThat(later).isAfter(due);
	}

	@Property
	void shouldCountExactlyTheWorkingDaysAddedWhenCountingBack(@ForAll @IntRange(max = 729) int offset,
			@ForAll @IntRange(min = 1, max = 60) int days) {
		LocalDate from = FIRST.plusDays(offset);

		LocalDate due = calendar.plusWorkingDays(from, days).due();

		assertThat(calendar.daysElapsed(from, due, PeriodUnit.WORKING_DAYS, List.of())).isEqualTo(days);
	}

	@Property
	void shouldEndCalendarPeriodOnFirstWorkingDayFromNominalEnd(@ForAll @IntRange(max = 729) int offset,
			@ForAll @IntRange(max = 120) int days) {
		LocalDate from = FIRST.plusDays(offset);
		LocalDate nominal = from.plusDays(days);

		LocalDate due = calendar.plusCalendarDays(from, days).due();

		assertThat(calendar.isWorkingDay(due)).isTrue();
		assertThat(due).isAfterOrEqualTo(nominal);
		assertThat(nominal.datesUntil(due)).noneMatch(calendar::isWorkingDay);
	}

	@Property
	void shouldBeProvisionalOnlyWhenPeriodReachesYearWithoutData(@ForAll @IntRange(max = 729) int offset,
			@ForAll @IntRange(max = 120) int days) {
		Deadline deadline = calendar.plusCalendarDays(FIRST.plusDays(offset), days);

		assertThat(deadline.provisional()).isEqualTo(deadline.due().getYear() > 2026);
	}

	@Property
	void shouldNeverEndEarlierWhenIntervalIsExcluded(@ForAll @IntRange(max = 729) int offset,
			@ForAll @IntRange(max = 90) int days, @ForAll @IntRange(max = 100) int excludedStart,
			@ForAll @IntRange(max = 30) int excludedLength, @ForAll boolean workingDays) {
		LocalDate from = FIRST.plusDays(offset);
		LocalDate start = from.plusDays(excludedStart);
		TimeLimit limit = new TimeLimit(days, workingDays ? PeriodUnit.WORKING_DAYS : PeriodUnit.CALENDAR_DAYS);
		DateInterval excluded = new DateInterval(start, start.plusDays(excludedLength));

		LocalDate plain = calendar.due(from, limit).due();
		LocalDate extended = calendar.due(from, limit, List.of(excluded)).due();

		assertThat(extended).isAfterOrEqualTo(plain);
		assertThat(excluded.contains(extended)).isFalse();
		assertThat(calendar.isWorkingDay(extended)).isTrue();
	}

	@Property
	void shouldReachTheEventAgainWhenCountingBackThenForward(@ForAll @IntRange(min = 30, max = 729) int offset,
			@ForAll @IntRange(min = 1, max = 20) int days) {
		LocalDate event = FIRST.plusDays(offset);

		LocalDate latest = calendar.minusWorkingDays(event, days).due();
		LocalDate forward = calendar.plusWorkingDays(latest, days).due();

		assertThat(calendar.isWorkingDay(latest)).isTrue();
		assertThat(calendar.daysElapsed(latest.minusDays(1), event.minusDays(1), PeriodUnit.WORKING_DAYS, List.of()))
			.isEqualTo(days);
		assertThat(forward).isEqualTo(calendar.plusWorkingDays(event, 0).due());
	}

}

package org.zhifa.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatutoryCalendarTest {

	private final StatutoryCalendar calendar = Calendars.shipped();

	@ParameterizedTest(name = "{0} + {1} {2} = {3} ({5})")
	@CsvFileSource(resources = "/deadline/deadline-cases.csv", delimiter = ',', maxCharsPerColumn = 200)
	void shouldEndPeriodOnStatutoryDueDayWhenCountingAcrossHolidays(LocalDate from, int amount, PeriodUnit unit,
			LocalDate due, boolean provisional, String description) {
		Deadline deadline = calendar.due(from, new TimeLimit(amount, unit));

		assertThat(deadline.due()).as(description).isEqualTo(due);
		assertThat(deadline.provisional()).as(description).isEqualTo(provisional);
	}

	@Test
	void shouldTreatMakeUpSaturdayAsWorkingDayWhenListedAsWorkday() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();
	}

	@Test
	void shouldCountClockHoursWhenReportIsDueWithinTwentyFourHours() {
		LocalDateTime takenAt = LocalDateTime.of(2026, 9, 30, 16, 30);

		LocalDateTime due = calendar.plusHours(takenAt, 24);

		assertThat(due).isEqualTo(LocalDateTime.of(2026, 10, 1, 16, 30));
	}

	@Test
	void shouldFindLatestNoticeDayWhenCountingWorkingDaysBackFromHearing() {
		Deadline latest = calendar.minusWorkingDays(LocalDate.of(2026, 2, 26), 7);

		assertThat(latest.due()).isEqualTo(LocalDate.of(2026, 2, 10));
		assertThat(latest.provisional()).isFalse();
	}

	@Test
	void shouldRefuseHoursWhenOnlyDayIsGiven() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> calendar.due(LocalDate.of(2026, 1, 5), new TimeLimit(24, PeriodUnit.HOURS)));
	}

	@Test
	void shouldRefuseNegativeAmountWhenTimeLimitIsMade() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.workingDays(-1));
	}

	@Test
	void shouldUseNewDataWhenHolidaysAreReplaced() {
		StatutoryCalendar replaced = Calendars.shipped();
		LocalDate newYearsDay2027 = LocalDate.of(2027, 1, 1);

		replaced.replace(HolidayData.of(Map.of(newYearsDay2027, HolidayData.Kind.HOLIDAY), "test"));

		assertThat(replaced.isWorkingDay(newYearsDay2027)).isFalse();
		assertThat(replaced.plusWorkingDays(LocalDate.of(2026, 12, 31), 1).provisional()).isFalse();
		assertThat(replaced.coveredYears()).containsExactly(2027);
	}

	@Test
	void shouldListMissingCurrentAndNextYearWhenCoverageIsAsked() {
		CalendarCoverage in2026 = calendar.coverage(LocalDate.of(2026, 12, 3));
		CalendarCoverage in2025 = calendar.coverage(LocalDate.of(2025, 6, 1));

		assertThat(in2026.coveredYears()).containsExactly(2025, 2026);
		assertThat(in2026.missingYears()).containsExactly(2027);
		assertThat(in2025.missingYears()).isEmpty();
		assertThat(in2025.complete()).isTrue();
	}

	@Test
	void shouldMarkEveryMissingYearWhenPeriodSpansSeveralYears() {
		Deadline deadline = calendar.due(LocalDate.of(2026, 6, 1), new TimeLimit(2, PeriodUnit.YEARS));

		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.missingYears()).containsExactly(2027, 2028);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2028, 6, 1));
	}

	@Test
	void shouldNotTouchOtherDaysWhenNoIntervalIsExcluded() {
		assertThat(calendar.due(LocalDate.of(2026, 3, 2), TimeLimit.calendarDays(90), List.of()))
			.isEqualTo(calendar.plusCalendarDays(LocalDate.of(2026, 3, 2), 90));
	}

}

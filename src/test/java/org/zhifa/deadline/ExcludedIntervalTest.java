package org.zhifa.deadline;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Periods with excluded time: hearing and appraisal time in the 90-day decision limit (行政处罚法 Art 60 with the
 * sector rules), testing time in a seizure term (行政强制法 Art 25), the surcharge paused during 复议/诉讼
 * (行政处罚法 Art 73).
 */
class ExcludedIntervalTest {

	private final StatutoryCalendar calendar = Calendars.shipped();

	@Test
	void shouldExtendDecisionLimitByHearingDaysWhenHearingTimeIsExcluded() {
		LocalDate filed = LocalDate.of(2026, 3, 2);
		DateInterval hearing = interval("2026-03-20", "2026-04-08");

		Deadline deadline = calendar.due(filed, TimeLimit.calendarDays(90), List.of(hearing));

		// 90 days end on 2026-05-31 (a Sunday); 20 excluded days move the end to 2026-06-20, a Dragon Boat holiday.
		assertThat(calendar.plusCalendarDays(filed, 90).due()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 6, 22));
	}

	@Test
	void shouldCountOverlappingExclusionsOnceWhenHearingAndAppraisalOverlap() {
		LocalDate filed = LocalDate.of(2026, 3, 2);
		List<DateInterval> excluded = List.of(interval("2026-03-20", "2026-04-08"),
				interval("2026-04-01", "2026-04-10"));

		Deadline deadline = calendar.due(filed, TimeLimit.calendarDays(90), excluded);

		// 2026-03-20..04-10 is 22 distinct days: 2026-05-31 + 22 = 2026-06-22, a Monday.
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 6, 22));
	}

	@Test
	void shouldExtendSeizureTermByTestingTimeWhenTestingIsExcluded() {
		LocalDate seized = LocalDate.of(2026, 5, 11);
		DateInterval testing = interval("2026-05-15", "2026-05-24");

		Deadline plain = calendar.due(seized, TimeLimit.calendarDays(30));
		Deadline withTesting = calendar.due(seized, TimeLimit.calendarDays(30), List.of(testing));

		assertThat(plain.due()).isEqualTo(LocalDate.of(2026, 6, 10));
		assertThat(withTesting.due()).isEqualTo(LocalDate.of(2026, 6, 22));
	}

	@Test
	void shouldSkipExcludedWorkingDaysWhenCountingWorkingDays() {
		LocalDate from = LocalDate.of(2026, 3, 2);
		DateInterval suspended = interval("2026-03-04", "2026-03-05");

		Deadline deadline = calendar.due(from, TimeLimit.workingDays(5), List.of(suspended));

		assertThat(calendar.plusWorkingDays(from, 5).due()).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	@Test
	void shouldEndAfterExclusionWhenPeriodWouldEndInsideIt() {
		LocalDate from = LocalDate.of(2026, 3, 2);
		DateInterval pending = interval("2026-03-10", "2026-03-20");

		Deadline deadline = calendar.due(from, TimeLimit.calendarDays(10), List.of(pending));

		// Days 03-03..03-09 count (7), 03-10..03-20 do not, 03-21..03-23 complete the ten: Monday 2026-03-23.
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 3, 23));
	}

	@Test
	void shouldIgnoreExclusionWhenItLiesBeforeThePeriod() {
		LocalDate from = LocalDate.of(2026, 3, 2);

		DateInterval before = interval("2026-02-01", "2026-03-02");

		Deadline deadline = calendar.due(from, TimeLimit.calendarDays(10), List.of(before));

		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void shouldPauseSurchargeDaysWhenReconsiderationIsPending() {
		LocalDate paymentDue = LocalDate.of(2026, 4, 1);
		DateInterval reconsideration = interval("2026-04-11", "2026-05-10");

		long withoutPause = calendar.daysElapsed(paymentDue, LocalDate.of(2026, 6, 1), PeriodUnit.CALENDAR_DAYS,
				List.of());
		long withPause = calendar.daysElapsed(paymentDue, LocalDate.of(2026, 6, 1), PeriodUnit.CALENDAR_DAYS,
				List.of(reconsideration));

		assertThat(withoutPause).isEqualTo(61);
		assertThat(withPause).isEqualTo(31);
	}

	@Test
	void shouldCountNoDaysWhenEndIsNotAfterStart() {
		long elapsed = calendar.daysElapsed(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1),
				PeriodUnit.CALENDAR_DAYS, List.of());

		assertThat(elapsed).isZero();
	}

	@Test
	void shouldRefuseIntervalWhenEndIsBeforeStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> interval("2026-03-10", "2026-03-09"));
	}

	private static DateInterval interval(String start, String end) {
		return new DateInterval(LocalDate.parse(start), LocalDate.parse(end));
	}

}

package org.zhifa.deadline;

import java.time.LocalDate;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year without holiday data is never guessed: weekends only, provisional, a warning, and visible in the coverage.
 */
class UnknownYearTest {

	private final StatutoryCalendar calendar = Calendars.shipped();

	private final Logger logger = (Logger) LoggerFactory.getLogger(StatutoryCalendar.class);

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void captureLog() {
		log.start();
		logger.addAppender(log);
	}

	@AfterEach
	void releaseLog() {
		logger.detachAppender(log);
	}

	@Test
	void shouldCountWeekendsOnlyAndMarkProvisionalWhenYearHasNoData() {
		// 2027-02-05 is a Friday; whatever the 2027 Spring Festival will be, only weekends are skipped.
		Deadline deadline = calendar.plusWorkingDays(LocalDate.of(2027, 2, 5), 5);

		assertThat(deadline.due()).isEqualTo(LocalDate.of(2027, 2, 12));
		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.missingYears()).containsExactly(2027);
	}

	@Test
	void shouldLogWarningNamingOnlyTheYearWhenYearHasNoData() {
		calendar.plusCalendarDays(LocalDate.of(2027, 3, 1), 15);
		calendar.plusCalendarDays(LocalDate.of(2027, 4, 1), 15);

		List<ILoggingEvent> warnings = log.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).getFormattedMessage()).startsWith("DEADLINE-001").contains("2027");
		assertThat(warnings.get(0).getArgumentArray()).containsExactly(2027);
	}

	@Test
	void shouldNotWarnWhenYearHasData() {
		Deadline deadline = calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 5);

		assertThat(deadline.provisional()).isFalse();
		assertThat(log.list).noneMatch(event -> event.getLevel() == Level.WARN);
	}

	@Test
	void shouldShowMissingYearToAdministratorsWhenNextYearHasNoData() {
		CalendarCoverage coverage = calendar.coverage(LocalDate.of(2026, 11, 20));

		assertThat(coverage.missingYears()).containsExactly(2027);
		assertThat(coverage.complete()).isFalse();
		assertThat(coverage.source()).contains("holidays-cn.csv");
	}

	@Test
	void shouldWarnAgainWhenDataIsReplacedAndYearStillMissing() {
		calendar.plusCalendarDays(LocalDate.of(2027, 3, 1), 15);

		calendar.replace(Calendars.shippedHolidays());
		calendar.plusCalendarDays(LocalDate.of(2027, 3, 1), 15);

		assertThat(log.list).filteredOn(event -> event.getLevel() == Level.WARN).hasSize(2);
	}

}

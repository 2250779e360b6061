package org.zhifa.deadline;

import java.time.LocalDate;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Actuator health contribution {@code statutoryCalendar}: the years with holiday data and the missing ones among the
 * current and the next year. Stays UP when a year is missing, since deadlines are still computed (provisionally);
 * monitoring should alert on a non-empty {@code missingYears}.
 */
@Component("statutoryCalendarHealthIndicator")
class CalendarHealthIndicator implements HealthIndicator {

	private final StatutoryCalendar calendar;

	private final DeadlineProperties properties;

	CalendarHealthIndicator(StatutoryCalendar calendar, DeadlineProperties properties) {
		this.calendar = calendar;
		this.properties = properties;
	}

	@Override
	public Health health() {
		CalendarCoverage coverage = calendar.coverage(LocalDate.now(properties.zone()));
		return Health.up()
			.withDetail("coveredYears", coverage.coveredYears())
			.withDetail("missingYears", coverage.missingYears())
			.withDetail("provisional", !coverage.complete())
			.build();
	}

}

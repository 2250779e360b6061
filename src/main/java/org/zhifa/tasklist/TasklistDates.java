package org.zhifa.tasklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.zhifa.deadline.DeadlineProperties;
import org.zhifa.deadline.StatutoryCalendar;

/**
 * Dates on the statutory working-day calendar for the expressions of stored task filters. Bean name
 * {@code tasklistDates}; a filter asks for {@code ${tasklistDates.dueSoonBefore()}}.
 *
 * <p>"Due soon" uses the same number of working days as the follow-up warning of open tasks
 * ({@code zhifa.deadline.warning-working-days}, 2 by default), so that a task appears under 即将到期 when its warning
 * is due.
 */
@Component("tasklistDates")
public class TasklistDates {

	private final StatutoryCalendar calendar;

	private final DeadlineProperties properties;

	private final Clock clock;

	@Autowired
	public TasklistDates(StatutoryCalendar calendar, DeadlineProperties properties) {
		this(calendar, properties, Clock.system(properties.zone()));
	}

	TasklistDates(StatutoryCalendar calendar, DeadlineProperties properties, Clock clock) {
		this.calendar = calendar;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The first moment after the last working day of the warning window: tasks due before it are due today or within
	 * the next working days (today not counted, as statutory periods count).
	 */
	public Date dueSoonBefore() {
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		LocalDate lastDay = calendar.plusWorkingDays(today, properties.warningWorkingDays()).due();
		return Date.from(lastDay.plusDays(1).atStartOfDay(properties.zone()).toInstant());
	}

}

package org.zhifa.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * The named periods on the statutory calendar, for process models and Java callers. Bean name {@code deadlines}.
 *
 * <p>In a model: {@code camunda:dueDate="${deadlines.due('hearingRequest', noticeServedAt)}"},
 * {@code camunda:followUpDate="${deadlines.followUp('hearingRequest', noticeServedAt)}"} and a timer
 * {@code timeDate="${deadlines.lapse('hearingRequest', noticeServedAt)}"}; periods that differ by line area take it
 * as a third argument: {@code ${deadlines.due('filingLimit', clueReceivedAt, lineArea)}}. {@code from} may be a
 * {@link Date}, a {@code java.time} date or date-time, or an ISO-8601 string; dates are read in the configured zone.
 *
 * <p>A period in days ends at 23:59:59 of its due day: a task is overdue from the next day on. A period in hours ends
 * at the exact hour. Unknown period names throw {@link IllegalArgumentException}, which fails the model step loudly.
 */
@Component("deadlines")
public class Deadlines {

	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private final StatutoryCalendar calendar;

	private final StatutoryPeriods periods;

	private final DeadlineProperties properties;

	public Deadlines(StatutoryCalendar calendar, StatutoryPeriods periods, DeadlineProperties properties) {
		this.calendar = calendar;
		this.periods = periods;
		this.properties = properties;
	}

	/** The end of the period: the due date of a task. */
	public Date due(String period, Object from) {
		return due(period, from, null);
	}

	public Date due(String period, Object from, String lineArea) {
		return Date.from(dueAt(period, from, lineArea).toInstant());
	}

	/** When the period has lapsed: the first moment after it, for a timer that acts on the lapse. */
	public Date lapse(String period, Object from) {
		return lapse(period, from, null);
	}

	public Date lapse(String period, Object from, String lineArea) {
		return Date.from(dueAt(period, from, lineArea).plusSeconds(1).toInstant());
	}

	/** The warning ahead of the end of the period: the follow-up date of a task. */
	public Date followUp(String period, Object from) {
		return followUp(period, from, null);
	}

	public Date followUp(String period, Object from, String lineArea) {
		StatutoryPeriod statutory = periods.get(period);
		ZonedDateTime start = dateTime(from);
		ZonedDateTime due = dueAt(period, from, lineArea);
		if (statutory.limitFor(lineArea).unit() == PeriodUnit.HOURS) {
			return Date.from(due.minusHours(Math.max(1, statutory.limitFor(lineArea).amount() / 4)).toInstant());
		}
		return Date.from(followUpFor(due, start).toInstant());
	}

	/**
	 * The warning ahead of a due date that a variable holds, for a timer that must move when the due date does: the
	 * decision limit's warning reads {@code ${deadlines.warningBefore(decisionDueAt)}}, so an extension moves it. A
	 * warning already past is returned as it is: a timer dated in the past fires at once.
	 */
	public Date warningBefore(Object due) {
		return Date.from(warningFor(dateTime(due)).toInstant());
	}

	/**
	 * The latest day to act before an event, in working days: the hearing notice is sent at the latest on
	 * {@code deadlines.latestBefore('hearingNotice', hearingDate)} (行政处罚法 Art 64(2)). Ends at 23:59:59.
	 */
	public Date latestBefore(String period, Object event) {
		TimeLimit limit = periods.get(period).limit();
		if (limit.unit() != PeriodUnit.WORKING_DAYS) {
			throw new IllegalArgumentException("latestBefore counts working days; " + period + " is " + limit);
		}
		LocalDate day = calendar.minusWorkingDays(dateTime(event).toLocalDate(), limit.amount()).due();
		return Date.from(day.atTime(END_OF_DAY).atZone(properties.zone()).toInstant());
	}

	/** Whether the period's end lies in, or runs through, a year without holiday data. */
	public boolean isProvisional(String period, Object from, String lineArea) {
		TimeLimit limit = periods.get(period).limitFor(lineArea);
		if (limit.unit() == PeriodUnit.HOURS) {
			return false;
		}
		return calendar.due(dateTime(from).toLocalDate(), limit, List.of()).provisional();
	}

	/** The end of the period as an ISO-8601 date-time with offset, for models that prefer strings. */
	public String dueIso(String period, Object from) {
		return dueAt(period, from, null).toOffsetDateTime().toString();
	}

	/**
	 * The due day of a period in days, months or years, with excluded intervals (Java callers).
	 * @throws IllegalArgumentException for an unknown period or one counted in hours
	 */
	public Deadline deadline(String period, LocalDate from, String lineArea, Collection<DateInterval> excluded) {
		return calendar.due(from, periods.get(period).limitFor(lineArea), excluded);
	}

	/**
	 * The end of the period with excluded days left out, as a due date: the decision limit without the hearing
	 * time, {@code deadlines.dueExcluding('decisionLimit', filedAt, lineArea, hearingTime)}.
	 * @throws IllegalArgumentException for an unknown period or one counted in hours
	 */
	public Date dueExcluding(String period, Object from, String lineArea, Collection<DateInterval> excluded) {
		LocalDate due = deadline(period, dateTime(from).toLocalDate(), lineArea, excluded).due();
		return Date.from(due.atTime(END_OF_DAY).atZone(properties.zone()).toInstant());
	}

	/** The end of a period as a date-time in the configured zone. */
	public ZonedDateTime dueAt(String period, Object from, String lineArea) {
		TimeLimit limit = periods.get(period).limitFor(lineArea);
		ZonedDateTime start = dateTime(from);
		if (limit.unit() == PeriodUnit.HOURS) {
			return calendar.plusHours(start.toLocalDateTime(), limit.amount()).atZone(properties.zone());
		}
		LocalDate due = calendar.due(start.toLocalDate(), limit, List.of()).due();
		return due.atTime(END_OF_DAY).atZone(properties.zone());
	}

	/**
	 * The follow-up (warning) for a due date: the start of the day that lies the configured number of working days
	 * before the due day, but not before {@code notBefore}.
	 */
	public ZonedDateTime followUpFor(ZonedDateTime due, ZonedDateTime notBefore) {
		ZonedDateTime warning = warningFor(due);
		return warning.isBefore(notBefore) ? notBefore : warning;
	}

	private ZonedDateTime warningFor(ZonedDateTime due) {
		LocalDate dueDay = due.withZoneSameInstant(properties.zone()).toLocalDate();
		LocalDate warningDay = calendar.minusWorkingDays(dueDay, properties.warningWorkingDays()).due();
		return warningDay.atStartOfDay(properties.zone());
	}

	/** Reads a date or date-time in the configured zone. */
	ZonedDateTime dateTime(Object value) {
		Objects.requireNonNull(value, "from must not be null: the variable that starts the period is not set");
		if (value instanceof Date date) {
			return date.toInstant().atZone(properties.zone());
		}
		if (value instanceof String text) {
			return parse(text.strip());
		}
		return javaTime(value);
	}

	private ZonedDateTime javaTime(Object value) {
		if (value instanceof Instant instant) {
			return instant.atZone(properties.zone());
		}
		if (value instanceof LocalDate date) {
			return date.atStartOfDay(properties.zone());
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.atZone(properties.zone());
		}
		if (value instanceof OffsetDateTime dateTime) {
			return dateTime.atZoneSameInstant(properties.zone());
		}
		if (value instanceof ZonedDateTime dateTime) {
			return dateTime.withZoneSameInstant(properties.zone());
		}
		throw new IllegalArgumentException("from must be a date, not " + value.getClass().getName());
	}

	private ZonedDateTime parse(String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(properties.zone());
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
				return OffsetDateTime.parse(text).atZoneSameInstant(properties.zone());
			}
			return LocalDateTime.parse(text).atZone(properties.zone());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("from must be an ISO-8601 date or date-time: " + text, ex);
		}
	}

}

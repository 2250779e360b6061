package org.zhifa.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The working-day calendar of the statutory time limits.
 *
 * <p>Rules (行政处罚法 Art 85, 行政强制法 Art 69, 民事诉讼法 Art 85 by analogy): the start day is not
 * counted; working-day periods skip weekends and statutory holidays but count make-up working days; a calendar
 * period (days, months, years) whose last day is a rest day ends on the next working day; hours are clock hours.
 *
 * <p>A year without holiday data is never guessed: it is computed on weekends only, the result is marked provisional,
 * and a warning naming the year (and nothing else) is logged once per year. Thread-safe; the holiday data can be
 * replaced at run time.
 */
public class StatutoryCalendar {

	private static final Logger LOG = LoggerFactory.getLogger(StatutoryCalendar.class);

	private final AtomicReference<HolidayData> holidays;

	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	public StatutoryCalendar(HolidayData holidays) {
		this.holidays = new AtomicReference<>(Objects.requireNonNull(holidays, "holidays must not be null"));
	}

	/** Replaces the holiday data, for example after an administrator added next year's notice. */
	public void replace(HolidayData data) {
		holidays.set(Objects.requireNonNull(data, "data must not be null"));
		warnedYears.clear();
	}

	public HolidayData holidays() {
		return holidays.get();
	}

	public boolean isWorkingDay(LocalDate day) {
		return holidays.get().kindOf(day)
			.map(kind -> kind == HolidayData.Kind.WORKDAY)
			.orElseGet(() -> !HolidayFile.isWeekend(day));
	}

	public boolean isCovered(int year) {
		return holidays.get().covers(year);
	}

	public SortedSet<Integer> coveredYears() {
		return holidays.get().coveredYears();
	}

	public Deadline plusWorkingDays(LocalDate from, int days) {
		return due(from, TimeLimit.workingDays(days));
	}

	public Deadline plusCalendarDays(LocalDate from, int days) {
		return due(from, TimeLimit.calendarDays(days));
	}

	public Deadline due(LocalDate from, TimeLimit limit) {
		return due(from, limit, List.of());
	}

	/**
	 * The last day of a period that starts on {@code from} (not counted), leaving out the excluded days.
	 *
	 * <p>Excluded days are not counted in any unit; a period that would end inside an excluded interval ends after
	 * it. An amount of zero ends on {@code from} itself, or on the next working day if that is a rest day.
	 * @param from the day of the event that starts the period (service, filing, seizure)
	 * @param limit the period in days, months or years
	 * @param excluded intervals that do not count, in any order, possibly overlapping
	 * @return the due day, provisional if a year between {@code from} and the due day has no holiday data
	 * @throws IllegalArgumentException for a limit in hours (use {@link #plusHours})
	 */
	public Deadline due(LocalDate from, TimeLimit limit, Collection<DateInterval> excluded) {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(limit, "limit must not be null");
		Exclusions exclusions = new Exclusions(excluded);

		LocalDate end = switch (limit.unit()) {
			case WORKING_DAYS -> walkWorkingDays(from, limit.amount(), exclusions);
			case CALENDAR_DAYS -> exclusions.extend(from, from.plusDays(limit.amount()));
			case MONTHS -> exclusions.extend(from, from.plusMonths(limit.amount()));
			case YEARS -> exclusions.extend(from, from.plusYears(limit.amount()));
			case HOURS -> throw new IllegalArgumentException("a period in hours needs a time of day: use plusHours");
		};

		LocalDate due = nextWorkingDay(end, exclusions);
		// The days looked at: from the day after the start (not counted) to the due day.
		return deadline(due, due.isAfter(from) ? from.plusDays(1) : due, due);
	}

	/**
	 * The latest day that is {@code days} working days before {@code to}, for acts that must come before an event
	 * (the hearing notice at least 7 working days before the hearing, 行政处罚法 Art 64(2)).
	 */
	public Deadline minusWorkingDays(LocalDate to, int days) {
		Objects.requireNonNull(to, "to must not be null");
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative: " + days);
		}

		LocalDate day = to;
		for (int counted = 0; counted < days;) {
			day = day.minusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return deadline(day, day, to.isAfter(day) ? to.minusDays(1) : day);
	}

	/** Clock hours: a 24-hour report is due 24 hours later, whatever the day (行政强制法 Art 19). */
	public LocalDateTime plusHours(LocalDateTime from, long hours) {
		Objects.requireNonNull(from, "from must not be null");
		if (hours < 0) {
			throw new IllegalArgumentException("hours must not be negative: " + hours);
		}
		return from.plusHours(hours);
	}

	/**
	 * How many days of a period have run from {@code from} (not counted) to {@code to} (counted), leaving out the
	 * excluded days: the days of late-payment surcharge while no 复议/诉讼 was pending (行政处罚法 Art 73).
	 * @param unit {@link PeriodUnit#WORKING_DAYS} or {@link PeriodUnit#CALENDAR_DAYS}
	 * @return zero if {@code to} is not after {@code from}
	 */
	public long daysElapsed(LocalDate from, LocalDate to, PeriodUnit unit, Collection<DateInterval> excluded) {
		Objects.requireNonNull(from, "from must not be null");
		Objects.requireNonNull(to, "to must not be null");
		if (unit != PeriodUnit.WORKING_DAYS && unit != PeriodUnit.CALENDAR_DAYS) {
			throw new IllegalArgumentException("days are counted in WORKING_DAYS or CALENDAR_DAYS, not " + unit);
		}

		Exclusions exclusions = new Exclusions(excluded);
		long count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (!exclusions.contains(day) && (unit == PeriodUnit.CALENDAR_DAYS || isWorkingDay(day))) {
				count++;
			}
		}
		if (to.isAfter(from)) {
			missingYears(from.plusDays(1), to);
		}
		return count;
	}

	/** Which years have holiday data, and whether {@code today}'s year and the next one lack it. */
	public CalendarCoverage coverage(LocalDate today) {
		HolidayData data = holidays.get();
		LocalDate thisYear = today.withDayOfYear(1);
		List<Integer> missing = missingYears(thisYear, thisYear.plusYears(1));
		return new CalendarCoverage(List.copyOf(data.coveredYears()), missing, data.source());
	}

	/** The years from {@code first} to {@code last} without holiday data; each is logged once as a warning. */
	public List<Integer> missingYears(LocalDate first, LocalDate last) {
		HolidayData data = holidays.get();
		List<Integer> missing = new ArrayList<>();
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (!data.covers(year)) {
				missing.add(year);
				warnOnce(year);
			}
		}
		return missing;
	}

	private Deadline deadline(LocalDate due, LocalDate first, LocalDate last) {
		List<Integer> missing = missingYears(first, last);
		return new Deadline(due, !missing.isEmpty(), missing);
	}

	private void warnOnce(int year) {
		if (warnedYears.add(year)) {
			LOG.warn("DEADLINE-001 No holiday data for {}: deadlines in that year count weekends only and are "
					+ "provisional; add the year's State Council notice to the holiday file", year);
		}
	}

	private LocalDate walkWorkingDays(LocalDate from, int days, Exclusions exclusions) {
		LocalDate day = from;
		for (int counted = 0; counted < days;) {
			day = day.plusDays(1);
			if (isWorkingDay(day) && !exclusions.contains(day)) {
				counted++;
			}
		}
		return day;
	}

	private LocalDate nextWorkingDay(LocalDate day, Exclusions exclusions) {
		LocalDate next = day;
		while (!isWorkingDay(next) || exclusions.contains(next)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/** The excluded intervals of one computation. */
	private record Exclusions(List<DateInterval> intervals) {

		Exclusions(Collection<DateInterval> intervals) {
			this(List.copyOf(Objects.requireNonNull(intervals, "excluded must not be null")));
		}

		boolean contains(LocalDate day) {
			return intervals.stream().anyMatch(interval -> interval.contains(day));
		}

		/**
		 * Moves the nominal end of a calendar period later by one day for each excluded day up to the end; the
		 * smallest end at which the counted days reach the nominal length.
		 */
		LocalDate extend(LocalDate from, LocalDate nominal) {
			LocalDate end = nominal;
			while (true) {
				LocalDate next = nominal.plusDays(excludedDays(from, end));
				if (next.equals(end)) {
					return end;
				}
				end = next;
			}
		}

		private long excludedDays(LocalDate after, LocalDate upTo) {
			long count = 0;
			for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
				if (contains(day)) {
					count++;
				}
			}
			return count;
		}

	}

}

package org.zhifa.deadline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The State Council's holiday arrangements for the years an administrator has entered.
 *
 * @param days the statutory holidays and make-up working days; every other day is a weekday or a weekend
 * @param coveredYears the years with data; a year not listed is computed on weekends only, provisionally
 * @param source where the data came from, for administrators
 */
public record HolidayData(Map<LocalDate, Kind> days, SortedSet<Integer> coveredYears, String source) {

	public HolidayData {
		days = Map.copyOf(days);
		coveredYears = new TreeSet<>(coveredYears);
	}

	/** Data for the given days, each day's year counting as covered. */
	public static HolidayData of(Map<LocalDate, Kind> days, String source) {
		SortedSet<Integer> years = new TreeSet<>();
		days.keySet().forEach(day -> years.add(day.getYear()));
		return new HolidayData(new TreeMap<>(days), years, source);
	}

	public Optional<Kind> kindOf(LocalDate day) {
		return Optional.ofNullable(days.get(day));
	}

	public boolean covers(int year) {
		return coveredYears.contains(year);
	}

	/** What the State Council made of a day. */
	public enum Kind {

		/** A statutory holiday or a rest day of a holiday period (法定节假日、调休放假). */
		HOLIDAY,

		/** A weekend day that is a working day (调休上班). */
		WORKDAY

	}

}

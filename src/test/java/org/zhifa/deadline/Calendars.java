package org.zhifa.deadline;

import org.springframework.core.io.ClassPathResource;

/**
 * The shipped holiday data, for tests without a Spring context.
 */
final class Calendars {

	private Calendars() {
	}

	static HolidayData shippedHolidays() {
		return HolidayFile.read(new ClassPathResource("calendar/holidays-cn.csv"));
	}

	static StatutoryCalendar shipped() {
		return new StatutoryCalendar(shippedHolidays());
	}

}

package org.zhifa.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.Resource;

/**
 * Reads the holiday file: CSV with the header {@code date,kind,name,source}, one day a line, {@code #} comments.
 * A mistake in the file stops the start (or the reload) with the line number, never a silently wrong calendar.
 */
final class HolidayFile {

	static final String HEADER = "date,kind,name,source";

	private HolidayFile() {
	}

	static HolidayData read(Resource file) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			return HolidayData.of(parse(reader, file.getDescription()), file.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Holiday file cannot be read: " + file.getDescription(), ex);
		}
	}

	private static Map<LocalDate, HolidayData.Kind> parse(BufferedReader reader, String name) throws IOException {
		Map<LocalDate, HolidayData.Kind> days = new HashMap<>();
		boolean headerSeen = false;
		int number = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			String text = line.strip().replace("\uFEFF", "");
			if (text.isEmpty() || text.startsWith("#")) {
				continue;
			}
			if (!headerSeen) {
				requireHeader(text, name, number);
				headerSeen = true;
				continue;
			}
			addDay(days, text, name, number);
		}
		return days;
	}

	private static void requireHeader(String text, String name, int number) {
		if (!text.equals(HEADER)) {
			throw invalid(name, number, "the header must be " + HEADER);
		}
	}

	private static void addDay(Map<LocalDate, HolidayData.Kind> days, String text, String name, int number) {
		String[] columns = text.split(",", 4);
		if (columns.length < 3) {
			throw invalid(name, number, "expected date,kind,name,source");
		}

		LocalDate day = date(columns[0].strip(), name, number);
		HolidayData.Kind kind = kind(columns[1].strip(), name, number);
		if (kind == HolidayData.Kind.WORKDAY && !isWeekend(day)) {
			throw invalid(name, number, day + " is a weekday already; a make-up WORKDAY is a Saturday or Sunday");
		}
		if (days.putIfAbsent(day, kind) != null) {
			throw invalid(name, number, day + " is listed twice");
		}
	}

	private static LocalDate date(String value, String name, int number) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw invalid(name, number, "date must be YYYY-MM-DD: " + value);
		}
	}

	private static HolidayData.Kind kind(String value, String name, int number) {
		try {
			return HolidayData.Kind.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(name, number, "kind must be HOLIDAY or WORKDAY: " + value);
		}
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static IllegalStateException invalid(String name, int number, String problem) {
		return new IllegalStateException("Holiday file " + name + ", line " + number + ": " + problem);
	}

}

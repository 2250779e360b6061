package org.zhifa.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads process variables as Camunda Forms and the REST API submit them: numbers as Long, Double or text, dates as
 * Date or ISO-8601 text (read in Asia/Shanghai), choices from a checklist as a list, JSON or comma-separated text.
 */
public final class Values {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private Values() {
	}

	public static String text(Object value) {
		return value instanceof String text && !text.isBlank() ? text.strip() : null;
	}

	public static BigDecimal money(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return new BigDecimal(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	public static boolean flag(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	public static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof String text && !text.isBlank()) {
			String iso = text.strip();
			try {
				return OffsetDateTime.parse(iso).toInstant();
			}
			catch (RuntimeException notOffset) {
				try {
					return LocalDateTime.parse(iso).atZone(ZONE).toInstant();
				}
				catch (RuntimeException notLocal) {
					try {
						return LocalDate.parse(iso).atStartOfDay(ZONE).toInstant();
					}
					catch (RuntimeException notDate) {
						return null;
					}
				}
			}
		}
		return null;
	}

	/** The last second of the day in Asia/Shanghai on which the instant falls: the end of a period given as a date. */
	public static Instant endOfDay(Instant instant) {
		return instant.atZone(ZONE).toLocalDate().atTime(23, 59, 59).atZone(ZONE).toInstant();
	}

	public static List<String> strings(Object value) {
		List<String> result = new ArrayList<>();
		if (value instanceof Collection<?> items) {
			items.forEach(item -> add(result, String.valueOf(item)));
		}
		else if (value instanceof SpinJsonNode json) {
			if (json.isArray()) {
				json.elements().forEach(item -> add(result, item.isString() ? item.stringValue() : item.toString()));
			}
			else if (json.isString()) {
				split(result, json.stringValue());
			}
		}
		else if (value instanceof String text) {
			split(result, text);
		}
		return result;
	}

	private static void split(List<String> result, String text) {
		Arrays.stream(text.split("[,\\n]")).forEach(part -> add(result, part));
	}

	private static void add(List<String> result, String item) {
		if (item != null && !item.isBlank() && !result.contains(item.strip())) {
			result.add(item.strip());
		}
	}

}

package org.zhifa.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * The statutory calendar: due dates for any caller, the named periods, and the holiday data's coverage for
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "法定期限日历")
class CalendarController {

	static final int MAX_AMOUNT = 3650;

	static final String REQUIRED = "必填";

	private final StatutoryCalendar calendar;

	private final StatutoryPeriods periods;

	private final CalendarAdministration administration;

	CalendarController(StatutoryCalendar calendar, StatutoryPeriods periods, CalendarAdministration administration) {
		this.calendar = calendar;
		this.periods = periods;
		this.administration = administration;
	}

	@GetMapping("/deadline")
	@Operation(summary = "The due day of a period that starts on a day (not counted)")
	DueDay deadline(@Parameter(required = true, example = "2026-09-30") @RequestParam(required = false) String from,
			@Parameter(required = true, description = "0 to 3650") @RequestParam(required = false) String amount,
			@Parameter(required = true, schema = @Schema(allowableValues = { "WORKING_DAYS", "CALENDAR_DAYS" }))
			@RequestParam(required = false) String unit) {
		// Parameters are checked here, not by binding, so that every bad one is named in one answer.
		List<FieldError> errors = new ArrayList<>();
		LocalDate start = date(from, errors);
		Integer count = amount(amount, errors);
		PeriodUnit periodUnit = unit(unit, errors);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}

		Deadline deadline = calendar.due(start, new TimeLimit(count, periodUnit));
		return new DueDay(deadline.due(), deadline.provisional());
	}

	@GetMapping("/periods")
	@Operation(summary = "The named periods with their length, unit, legal basis and values per line area")
	List<StatutoryPeriod> periods() {
		return List.copyOf(periods.all());
	}

	@GetMapping("/coverage")
	@Operation(summary = "Years with holiday data, and the current or next year if missing (administrators)")
	CalendarCoverage coverage() {
		return administration.coverage();
	}

	@PostMapping("/reload")
	@Operation(summary = "Reads the holiday file again after an administrator added a year (administrators)")
	CalendarCoverage reload() {
		return administration.reload();
	}

	private static LocalDate date(String value, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError("from", REQUIRED));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(new FieldError("from", "必须是 YYYY-MM-DD 格式的日期"));
			return null;
		}
	}

	private static Integer amount(String value, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError("amount", REQUIRED));
			return null;
		}
		try {
			int count = Integer.parseInt(value.strip());
			if (count >= 0 && count <= MAX_AMOUNT) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like an amount out of range
		}
		errors.add(new FieldError("amount", "必须是 0 到 " + MAX_AMOUNT + " 之间的整数"));
		return null;
	}

	private static PeriodUnit unit(String value, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError("unit", REQUIRED));
			return null;
		}
		String code = value.strip();
		if (code.equals(PeriodUnit.WORKING_DAYS.name()) || code.equals(PeriodUnit.CALENDAR_DAYS.name())) {
			return PeriodUnit.valueOf(code);
		}
		errors.add(new FieldError("unit", "必须是 WORKING_DAYS 或 CALENDAR_DAYS"));
		return null;
	}

	/**
	 * @param due the last day of the period
	 * @param provisional whether a year without holiday data was involved
	 */
	record DueDay(LocalDate due, boolean provisional) {
	}

}

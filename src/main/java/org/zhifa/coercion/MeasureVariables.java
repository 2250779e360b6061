package org.zhifa.coercion;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.zhifa.process.Values;

import static org.zhifa.coercion.CoerciveMeasureProcess.MEASURE_ID;
import static org.zhifa.coercion.CoerciveMeasureProcess.TERM_END;
import static org.zhifa.coercion.CoerciveMeasureProcess.TERM_ENDS_AT;
import static org.zhifa.coercion.CoerciveMeasureProcess.TERM_LAPSES_AT;

/** Reads and writes the variables that tie the process to the measure's record. */
final class MeasureVariables {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private MeasureVariables() {
	}

	static long measureId(VariableScope variables) {
		return ((Number) variables.getVariable(MEASURE_ID)).longValue();
	}

	/** The term as the decision task's due date and the release timer read it. */
	static void writeTerm(VariableScope variables, LocalDate lastDay) {
		ZonedDateTime end = lastDay.atTime(END_OF_DAY).atZone(Values.ZONE);
		variables.setVariable(TERM_END, lastDay.toString());
		variables.setVariable(TERM_ENDS_AT, Date.from(end.toInstant()));
		variables.setVariable(TERM_LAPSES_AT, Date.from(end.plusSeconds(1).toInstant()));
	}

	/** A date the form gives as a date or a date-time, read in Hangzhou. */
	static LocalDate day(Object value) {
		return value == null || Values.instant(value) == null ? null
				: Values.instant(value).atZone(Values.ZONE).toLocalDate();
	}

	static LocalDate today() {
		return CoerciveMeasureManagement.now().atZone(Values.ZONE).toLocalDate();
	}

}

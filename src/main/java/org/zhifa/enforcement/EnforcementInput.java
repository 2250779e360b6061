package org.zhifa.enforcement;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

/** Checks shared by the enforcement steps: the dates officers record of what already happened. */
final class EnforcementInput {

	private EnforcementInput() {
	}

	/**
	 * A required date of something done: not in the future and not before {@code notBefore}.
	 * @return the date, or {@code null} with the problem added to the input
	 */
	static Instant recordedDate(TaskInput input, String variable, String what, Instant notBefore) {
		Instant at = Values.instant(input.value(variable));
		if (at == null) {
			input.add(new FieldError(variable, "请填写" + what));
			return null;
		}
		if (day(at).isAfter(today())) {
			input.add(new FieldError(variable, what + "不能晚于今天"));
		}
		else if (notBefore != null && day(at).isBefore(day(notBefore))) {
			input.add(new FieldError(variable, what + "不能早于 " + day(notBefore)));
		}
		return at;
	}

	static LocalDate today() {
		return day(ClockUtil.getCurrentTime().toInstant());
	}

	static LocalDate day(Instant at) {
		return at.atZone(Values.ZONE).toLocalDate();
	}

	static long executionId(VariableScope scope) {
		return ((Number) scope.getVariable(DecisionExecutionProcess.EXECUTION_ID)).longValue();
	}

}

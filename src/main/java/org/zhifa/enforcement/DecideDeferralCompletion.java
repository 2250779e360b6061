package org.zhifa.enforcement;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.enforcement.DecisionExecutionProcess.DeferralKind;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.enforcement.DecisionExecutionProcess.*;

/**
 * Completion of {@code Task_DecideDeferral} (审批暂缓、分期缴纳, 行政处罚法 Art 66(2)): approved or not, with the
 * opinion; an approval names the new last day, after the current one, and for instalments their number (two or
 * more). Writes {@code deferredUntil} as a date.
 */
@Component("decideDeferralCompletion")
class DecideDeferralCompletion implements TaskListener {

	static final int MINIMUM_INSTALMENTS = 2;

	static final int MAXIMUM_INSTALMENTS = 12;

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		boolean approved = input.requireFlag(DEFERRAL_APPROVED, "请选择是否批准");
		input.requireText(DEFERRAL_OPINION, "请填写审批意见");
		Instant until = approved ? until(input, Values.instant(task.getVariable(PAYMENT_DUE_AT))) : null;
		if (approved && DeferralKind.INSTALMENTS.name().equals(task.getVariable(DEFERRAL_KIND))) {
			instalments(input);
		}
		input.verify();

		if (until != null) {
			task.setVariable(DEFERRED_UNTIL, Date.from(Values.endOfDay(until)));
		}
	}

	private static Instant until(TaskInput input, Instant currentDue) {
		Instant until = Values.instant(input.value(DEFERRED_UNTIL));
		if (until == null) {
			input.add(new FieldError(DEFERRED_UNTIL, "批准的，请填写暂缓期满或最后一期缴纳之日"));
		}
		else if (currentDue != null && !EnforcementInput.day(until).isAfter(EnforcementInput.day(currentDue))) {
			input.add(new FieldError(DEFERRED_UNTIL, "应当晚于现在的缴款期限 " + EnforcementInput.day(currentDue)));
		}
		return until;
	}

	private static void instalments(TaskInput input) {
		Object value = input.value(INSTALMENT_COUNT);
		Integer count = value instanceof Number number ? Integer.valueOf(number.intValue()) : parse(value);
		if (count == null || count < MINIMUM_INSTALMENTS || count > MAXIMUM_INSTALMENTS) {
			input.add(new FieldError(INSTALMENT_COUNT, "分期缴纳的期数应为 " + MINIMUM_INSTALMENTS + " 至 "
					+ MAXIMUM_INSTALMENTS + " 期"));
		}
	}

	private static Integer parse(Object value) {
		try {
			return value instanceof String text ? Integer.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

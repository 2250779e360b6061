package org.zhifa.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.DecisionExecutionProcess.PAYMENT_LAPSE_AT;
import static org.zhifa.enforcement.DecisionExecutionProcess.REMINDER_SERVED_AT;

/**
 * Completion of {@code Task_ServeReminder} (送达催告书, 行政强制法 Art 35): the day the written reminder was served, on
 * or after the day the payment period lapsed and not in the future.
 */
@Component("serveReminderCompletion")
class ServeReminderCompletion implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		EnforcementInput.recordedDate(input, REMINDER_SERVED_AT, "催告书送达日期",
				Values.instant(task.getVariable(PAYMENT_LAPSE_AT)));
		input.verify();
	}

}

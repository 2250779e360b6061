package org.zhifa.enforcement;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.DecisionExecutionProcess.*;

/**
 * {@code Task_RecordReminder} (计算加处罚款和申请执行期间): records the reminder with the surcharge owed on its day, and
 * writes when the organ may apply to the court ({@code courtApplicationFrom}, the timer) and the last day to apply
 * ({@code courtApplicationDueAt}, the due date of the application).
 */
@Component("recordReminderDelegate")
class RecordReminderDelegate implements JavaDelegate {

	private final ExecutionManagement executions;

	RecordReminderDelegate(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DecisionExecution reminded = executions.reminderServed(EnforcementInput.executionId(execution),
				Values.instant(execution.getVariable(REMINDER_SERVED_AT)));

		execution.setVariable(SURCHARGE_AT_REMINDER, reminded.surchargeAtReminder().toPlainString());
		execution.setVariable(COURT_APPLICATION_FROM, Date.from(reminded.courtApplicationFrom()));
		execution.setVariable(COURT_APPLICATION_DUE_AT, Date.from(reminded.courtApplicationDue()));
	}

}

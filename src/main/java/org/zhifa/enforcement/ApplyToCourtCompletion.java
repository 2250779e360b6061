package org.zhifa.enforcement;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.enforcement.DecisionExecutionProcess.COURT;
import static org.zhifa.enforcement.DecisionExecutionProcess.COURT_APPLIED_AT;
import static org.zhifa.enforcement.DecisionExecutionProcess.REMINDER_SERVED_AT;

/**
 * Completion of {@code Task_ApplyToCourt} (申请人民法院强制执行): the court and the day of the application, which must
 * lie in the window of 行政强制法 Arts 53-54 and not while a reconsideration or a lawsuit is pending. Records it.
 */
@Component("applyToCourtCompletion")
class ApplyToCourtCompletion implements TaskListener {

	private final ExecutionManagement executions;

	ApplyToCourtCompletion(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		String court = input.requireText(COURT, "请填写受理申请的人民法院");
		Instant at = EnforcementInput.recordedDate(input, COURT_APPLIED_AT, "申请日期",
				Values.instant(task.getVariable(REMINDER_SERVED_AT)));
		long id = EnforcementInput.executionId(task);
		if (at != null) {
			executions.courtApplicationProblem(id, at)
				.ifPresent(problem -> input.add(new FieldError(COURT_APPLIED_AT, problem)));
		}
		input.verify();

		executions.appliedToCourt(id, court, at);
	}

}

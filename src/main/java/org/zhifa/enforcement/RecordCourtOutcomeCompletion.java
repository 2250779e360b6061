package org.zhifa.enforcement;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.enforcement.DecisionExecutionProcess.CourtOutcome;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.DecisionExecutionProcess.COURT_APPLIED_AT;
import static org.zhifa.enforcement.DecisionExecutionProcess.COURT_OUTCOME;
import static org.zhifa.enforcement.DecisionExecutionProcess.COURT_OUTCOME_AT;
import static org.zhifa.enforcement.DecisionExecutionProcess.COURT_OUTCOME_NOTES;

/**
 * Completion of {@code Task_RecordCourtOutcome} (登记法院执行结果): what the court ruled or did, when (not before the
 * application), and a note; a refusal to enforce needs the court's reasons. Records it.
 */
@Component("recordCourtOutcomeCompletion")
class RecordCourtOutcomeCompletion implements TaskListener {

	private final ExecutionManagement executions;

	RecordCourtOutcomeCompletion(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		CourtOutcome outcome = input.requireValue(COURT_OUTCOME, CourtOutcome.class, "请选择执行结果");
		Instant at = EnforcementInput.recordedDate(input, COURT_OUTCOME_AT, "裁定或执行日期",
				Values.instant(task.getVariable(COURT_APPLIED_AT)));
		String notes = outcome == CourtOutcome.NOT_ENFORCED
				? input.requireText(COURT_OUTCOME_NOTES, "裁定不予执行的，请填写法院的理由")
				: Values.text(input.value(COURT_OUTCOME_NOTES));
		input.verify();

		executions.courtRuled(EnforcementInput.executionId(task), outcome, at, notes);
	}

}

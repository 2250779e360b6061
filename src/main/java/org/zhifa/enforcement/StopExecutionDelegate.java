package org.zhifa.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_StopExecution} (终止执行): the decision was revoked, so nothing of its fine is owed any more; the
 * execution record says so. Reached where no case process above catches the revocation itself (the simple procedure).
 */
@Component("stopExecutionDelegate")
class StopExecutionDelegate implements JavaDelegate {

	private final ExecutionManagement executions;

	StopExecutionDelegate(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		executions.stopped(EnforcementInput.executionId(execution));
	}

}

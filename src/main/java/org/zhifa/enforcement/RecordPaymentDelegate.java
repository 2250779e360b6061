package org.zhifa.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.DecisionExecutionProcess.PAID_AT;

/** {@code Task_RecordPayment} (登记缴款): the fine is paid in full, at the time the payment platform reported. */
@Component("recordPaymentDelegate")
class RecordPaymentDelegate implements JavaDelegate {

	private final ExecutionManagement executions;

	RecordPaymentDelegate(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		executions.paid(EnforcementInput.executionId(execution), Values.instant(execution.getVariable(PAID_AT)));
	}

}

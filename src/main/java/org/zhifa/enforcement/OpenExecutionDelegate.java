package org.zhifa.enforcement;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.DecisionExecutionProcess.*;

/**
 * {@code Task_OpenExecution} (登记罚款执行): opens the execution record of the decision's fine and writes the end of
 * the payment period ({@code paymentDueAt}) and the moment after it ({@code paymentLapseAt}) for the overdue timer.
 */
@Component("openExecutionDelegate")
class OpenExecutionDelegate implements JavaDelegate {

	private final ExecutionManagement executions;

	OpenExecutionDelegate(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Instant periodStart = Values.instant(execution.getVariable(PAYMENT_PERIOD_START));
		DecisionExecution opened = executions.open((String) execution.getVariable(CASE_NO),
				(String) execution.getVariable(DECISION_NO), Values.money(execution.getVariable(DECIDED_FINE)),
				periodStart);

		execution.setVariable(EXECUTION_ID, opened.id());
		setPaymentDue(execution, opened.paymentDueAt());
	}

	/** The due date and the overdue timer: the timer fires on the first second after the last day. */
	static void setPaymentDue(DelegateExecution execution, Instant dueAt) {
		execution.setVariable(PAYMENT_DUE_AT, Date.from(dueAt));
		execution.setVariable(PAYMENT_LAPSE_AT, Date.from(dueAt.plusSeconds(1)));
	}

}

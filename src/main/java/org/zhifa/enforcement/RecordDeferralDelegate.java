package org.zhifa.enforcement;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.enforcement.DecisionExecutionProcess.DeferralKind;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.DecisionExecutionProcess.*;

/**
 * {@code Task_RecordDeferral} (登记审批结果): records the application and the decision on it; an approval moves the
 * end of the payment period, and so the overdue timer when the process waits for the payment again.
 */
@Component("recordDeferralDelegate")
class RecordDeferralDelegate implements JavaDelegate {

	private final ExecutionManagement executions;

	RecordDeferralDelegate(ExecutionManagement executions) {
		this.executions = executions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean approved = Values.flag(execution.getVariable(DEFERRAL_APPROVED));
		Instant until = approved ? Values.instant(execution.getVariable(DEFERRED_UNTIL)) : null;
		DeferralKind kind = DeferralKind.valueOf((String) execution.getVariable(DEFERRAL_KIND));
		Integer instalments = approved && kind == DeferralKind.INSTALMENTS
				? Integer.valueOf(execution.getVariable(INSTALMENT_COUNT).toString()) : null;

		DecisionExecution decided = executions.decideDeferral(EnforcementInput.executionId(execution),
				new DecisionExecution.Deferral(kind, Values.instant(execution.getVariable(APPLICATION_RECEIVED_AT)),
						Values.text(execution.getVariable(DEFERRAL_REASON)), approved, until, instalments,
						Values.text(execution.getVariable(DEFERRAL_OPINION)), until));
		OpenExecutionDelegate.setPaymentDue(execution, decided.paymentDueAt());
	}

}

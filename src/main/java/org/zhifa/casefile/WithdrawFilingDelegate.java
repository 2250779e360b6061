package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_WithdrawFiling} (撤销立案): records the withdrawal of the filing. Idempotent.
 */
@Component("withdrawFilingDelegate")
class WithdrawFilingDelegate implements JavaDelegate {

	private final CaseService cases;

	WithdrawFilingDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.withdrawFiling((String) execution.getVariable(CASE_NO), Values.text(execution.getVariable(REVIEW_OPINION)));
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.SimpleProcedureProcess.*;

/**
 * {@code Task_RecordHandOver} (登记罚款交纳) of {@code SimpleProcedureProcess}: records when the officers handed the
 * cash collected on the spot to the organ (行政处罚法 Art 71). Reads {@code handedOverAt}. Idempotent.
 */
@Component("recordHandOverDelegate")
class RecordHandOverDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordHandOverDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.recordCashHandOver((String) execution.getVariable(CASE_NO),
				Values.instant(execution.getVariable(HANDED_OVER_AT)));
	}

}

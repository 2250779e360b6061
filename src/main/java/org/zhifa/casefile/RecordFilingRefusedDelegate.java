package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordFilingRefused} (记录不予立案): records the refusal with the squad leader's opinion. Idempotent.
 */
@Component("recordFilingRefusedDelegate")
class RecordFilingRefusedDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordFilingRefusedDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.refuseFiling((String) execution.getVariable(CASE_NO), Values.text(execution.getVariable(FILING_OPINION)));
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.SimpleProcedureProcess.*;

/**
 * {@code Task_RecordFilingWithOrgan} (登记备案) of {@code SimpleProcedureProcess}: records when the on-the-spot
 * decision was filed with the organ (行政处罚法 Art 52). Reads {@code filedWithOrganAt}. Idempotent.
 */
@Component("recordFilingWithOrganDelegate")
class RecordFilingWithOrganDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordFilingWithOrganDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.recordFilingWithOrgan((String) execution.getVariable(CASE_NO),
				Values.instant(execution.getVariable(FILED_WITH_ORGAN_AT)));
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordExtension} (登记延长办案期限): extends the decision limit by {@code decisionLimitExtension}; writes {@code
 * decisionDueAt}. Idempotent: a case is extended once.
 */
@Component("recordExtensionDelegate")
class RecordExtensionDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordExtensionDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		java.time.Instant due = cases.extendDecisionLimit((String) execution.getVariable(CASE_NO));

		execution.setVariable(DECISION_DUE_AT, java.util.Date.from(due));
	}

}

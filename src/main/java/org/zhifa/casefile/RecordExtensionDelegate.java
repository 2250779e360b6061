package org.zhifa.casefile;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordExtension} (登记延长办案期限): extends the decision limit by {@code decisionLimitExtension}; writes
 * {@code decisionDueAt}, which the warning timer {@code Event_ExtendedLimitNear} then reads, and moves the due dates
 * of the case's open tasks that showed the old limit. Idempotent: a case is extended once.
 */
@Component("recordExtensionDelegate")
class RecordExtensionDelegate implements JavaDelegate {

	private final CaseService cases;

	private final DecisionLimitChange limitChange;

	RecordExtensionDelegate(CaseService cases, DecisionLimitChange limitChange) {
		this.cases = cases;
		this.limitChange = limitChange;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseNo = (String) execution.getVariable(CASE_NO);
		Date previous = (Date) execution.getVariable(DECISION_DUE_AT);
		Instant due = cases.extendDecisionLimit(caseNo);

		execution.setVariable(DECISION_DUE_AT, Date.from(due));
		limitChange.apply(caseNo, execution.getProcessInstanceId(), previous, Date.from(due));
	}

}

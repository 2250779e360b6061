package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordNoPenalty} (不予行政处罚): records no penalty with the review opinion as the reason (Art 33, 57).
 * Idempotent.
 */
@Component("recordNoPenaltyDelegate")
class RecordNoPenaltyDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordNoPenaltyDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.recordNoPenalty((String) execution.getVariable(CASE_NO), Values.text(execution.getVariable(REVIEW_OPINION)));
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_ReportToSource} (反馈线索来源): publishes the outcome for the clue's source. Runs behind an async boundary; a
 * second run publishes the event again, which its listeners must tolerate.
 */
@Component("reportToSourceDelegate")
class ReportToSourceDelegate implements JavaDelegate {

	private final CaseService cases;

	ReportToSourceDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.reportOutcomeToSource((String) execution.getVariable(CASE_NO));
	}

}

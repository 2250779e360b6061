package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordRecusal} (记录回避决定): records the head's decision; a granted recusal replaces the handler in the
 * record and in the variable the handlers' tasks check. Idempotent.
 */
@Component("recordRecusalDelegate")
class RecordRecusalDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordRecusalDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseNo = (String) execution.getVariable(CASE_NO);
		String recused = Values.text(execution.getVariable(RECUSED_HANDLER));
		boolean granted = Values.flag(execution.getVariable(RECUSAL_GRANTED));
		String replacement = Values.text(execution.getVariable(REPLACEMENT_HANDLER));

		cases.decideRecusal(caseNo, recused, granted, replacement);

		if (granted && recused != null) {
			String variable = recused.equals(execution.getVariable(HANDLER_1)) ? HANDLER_1 : HANDLER_2;
			execution.setVariable(variable, replacement);
		}
	}

}

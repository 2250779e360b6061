package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.PenaltyCaseProcess.CASE_NO;
import static org.zhifa.casefile.PenaltyCaseProcess.PROCEDURE_CLASS;

/**
 * Start listener of {@code Gateway_ProcedureClass}: records the procedure class that {@code Task_ClassifyProcedure}
 * mapped from the decision table with the case (an end listener of the task would run before its output mapping).
 */
@Component("recordProcedureClassListener")
class RecordProcedureClassListener implements ExecutionListener {

	private final CaseService cases;

	RecordProcedureClassListener(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void notify(DelegateExecution execution) {
		cases.recordProcedureClass((String) execution.getVariable(CASE_NO),
				(String) execution.getVariable(PROCEDURE_CLASS));
	}

}

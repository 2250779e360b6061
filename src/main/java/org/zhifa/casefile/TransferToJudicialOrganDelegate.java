package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_TransferToJudicialOrgan} (移送司法机关): records the transfer because a crime is suspected (Art 27).
 * Idempotent.
 */
@Component("transferToJudicialOrganDelegate")
class TransferToJudicialOrganDelegate implements JavaDelegate {

	private final CaseService cases;

	TransferToJudicialOrganDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.transferToJudicialOrgan((String) execution.getVariable(CASE_NO),
				Values.text(execution.getVariable(REVIEW_OPINION)));
	}

}

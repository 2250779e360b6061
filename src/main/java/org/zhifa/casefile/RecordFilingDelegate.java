package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordFiling} (登记立案): records the approved filing and starts the decision limit. Reads the filing form;
 * writes {@code filedAt} and {@code decisionDueAt}. Idempotent: a filed case answers its dates again.
 */
@Component("recordFilingDelegate")
class RecordFilingDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordFilingDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String caseNo = (String) execution.getVariable(CASE_NO);
		Filing filing = new Filing(Values.text(execution.getVariable(ITEM_CODE)),
				Values.text(execution.getVariable(LINE_AREA)), Values.text(execution.getVariable(CASE_SUMMARY)),
				new CaseParty(PartyRules.parse(execution.getVariable(PARTY_TYPE)),
						Values.text(execution.getVariable(PARTY_NAME)), Values.text(execution.getVariable(PARTY_ID_NUMBER)),
						Values.text(execution.getVariable(PARTY_ADDRESS))),
				java.util.List.of(Values.text(execution.getVariable(HANDLER_1)),
						Values.text(execution.getVariable(HANDLER_2))));

		CaseService.FiledCase filed = cases.fileCase(caseNo, filing);

		execution.setVariable(FILED_AT, java.util.Date.from(filed.filedAt()));
		execution.setVariable(DECISION_DUE_AT, java.util.Date.from(filed.decisionDueAt()));
	}

}

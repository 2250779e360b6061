package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.SimpleProcedureProcess.*;

/**
 * {@code Task_RecordCollection} (登记当场收缴) of {@code SimpleProcedureProcess}: records the fine collected on the
 * spot against its fiscal receipt. Reads {@code fiscalReceiptNo} and {@code collectedAmount}; writes
 * {@code collectedAt}, from which the hand-over period runs. Idempotent.
 */
@Component("recordCollectionDelegate")
class RecordCollectionDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordCollectionDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		java.time.Instant collectedAt = cases.recordOnTheSpotCollection((String) execution.getVariable(CASE_NO),
				Values.text(execution.getVariable(FISCAL_RECEIPT_NO)),
				Values.money(execution.getVariable(COLLECTED_AMOUNT)));

		execution.setVariable(COLLECTED_AT, java.util.Date.from(collectedAt));
	}

}

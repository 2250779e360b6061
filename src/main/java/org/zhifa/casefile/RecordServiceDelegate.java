package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_RecordService} (登记送达): records the method and date of service; writes {@code deemedServedAt}, from which
 * the payment period runs (after public notice: the end of the notice period). Idempotent.
 */
@Component("recordServiceDelegate")
class RecordServiceDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordServiceDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		java.time.Instant deemed = cases.recordService((String) execution.getVariable(CASE_NO),
				(String) execution.getVariable(SERVICE_METHOD), Values.instant(execution.getVariable(SERVED_AT)));

		execution.setVariable(DEEMED_SERVED_AT, java.util.Date.from(deemed));
	}

}

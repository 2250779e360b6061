package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.CASE_NO;
import static org.zhifa.casefile.PenaltyCaseProcess.REVOCATION_REASON;

/**
 * {@code Task_RecordRevocation} (登记决定被撤销): the decision was revoked while it was being served or executed; the
 * case ends as revoked and goes to closure. Idempotent: the appeal that revoked it may have recorded it already.
 */
@Component("recordRevocationDelegate")
class RecordRevocationDelegate implements JavaDelegate {

	private final CaseService cases;

	RecordRevocationDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.recordRevocation((String) execution.getVariable(CASE_NO),
				Values.text(execution.getVariable(REVOCATION_REASON)));
	}

}

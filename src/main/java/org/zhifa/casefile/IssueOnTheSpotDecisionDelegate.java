package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.SimpleProcedureProcess.*;

/**
 * {@code Task_IssueOnTheSpotDecision} (当场处罚决定编号) of {@code SimpleProcedureProcess}: records and numbers the
 * decision made on the spot. Reads the form of {@code Task_DecideOnTheSpot}; writes {@code decisionNo},
 * {@code decidedAt}, {@code paymentCode} (only for a fine paid later), {@code decidedFine} and {@code fineImposed}.
 * Idempotent: a decided case answers its decision again.
 */
@Component("issueOnTheSpotDecisionDelegate")
class IssueOnTheSpotDecisionDelegate implements JavaDelegate {

	private final CaseService cases;

	IssueOnTheSpotDecisionDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OnTheSpotDecision decision = SimpleProcedureRules.decisionOf(execution);

		IssuedDecision issued = cases.decideOnTheSpot((String) execution.getVariable(CASE_NO), decision);

		boolean fined = decision.fine() != null && decision.fine().signum() > 0;
		execution.setVariable(DECISION_NO, issued.decisionNo());
		execution.setVariable(DECIDED_AT, java.util.Date.from(issued.decidedAt()));
		execution.setVariable(PAYMENT_CODE, issued.paymentCode());
		execution.setVariable(DECIDED_FINE, fined ? decision.fine().doubleValue() : 0d);
		execution.setVariable(FINE_IMPOSED, fined);
		execution.setVariable(COLLECT_ON_THE_SPOT, fined && decision.collectOnTheSpot());
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_IssueDecision} (作出处罚决定): makes and numbers the decision, never heavier than proposed (Art 45). Without a
 * re-check (no statement, or the period lapsed) the proposed penalty is decided. Writes {@code decisionNo}, {@code
 * decidedAt}, {@code paymentCode}, {@code decidedFine} and {@code fineImposed}. Idempotent.
 */
@Component("issueDecisionDelegate")
class IssueDecisionDelegate implements JavaDelegate {

	private final CaseService cases;

	IssueDecisionDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean rechecked = execution.getVariable(RECHECK_CONCLUSION) != null;
		Object kinds = execution.getVariable(rechecked ? DECIDED_PENALTY_KINDS : PROPOSED_PENALTY_KINDS);
		Object fine = execution.getVariable(rechecked ? DECIDED_FINE : PROPOSED_FINE);
		DecisionInput decision = new DecisionInput(Values.instant(execution.getVariable(NOTICE_SERVED_AT)),
				Values.text(execution.getVariable(STATEMENT)), Values.text(execution.getVariable(RECHECK_CONCLUSION)),
				Values.strings(kinds), Values.money(fine));

		IssuedDecision issued = cases.issueDecision((String) execution.getVariable(CASE_NO), decision);

		execution.setVariable(DECISION_NO, issued.decisionNo());
		execution.setVariable(DECIDED_AT, java.util.Date.from(issued.decidedAt()));
		execution.setVariable(PAYMENT_CODE, issued.paymentCode());
		execution.setVariable(DECIDED_FINE, decision.fine().doubleValue());
		execution.setVariable(FINE_IMPOSED, decision.fine().signum() > 0);
	}

}

package org.zhifa.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.PenaltyCaseProcess.DELIBERATION_CONCLUSION;
import static org.zhifa.casefile.PenaltyCaseProcess.DEPARTMENT_REVIEW_OUTCOME;
import static org.zhifa.casefile.PenaltyCaseProcess.LEADER_APPROVED;
import static org.zhifa.casefile.PenaltyCaseProcess.LEGAL_REVIEW_OUTCOME;
import static org.zhifa.casefile.PenaltyCaseProcess.REVIEW_ROUND;

/**
 * Start listener of {@code Gateway_ReviewRequired}: opens the next round of the reviews before the decision. The
 * verdicts of an earlier round are cleared, so that a case sent back and investigated again is judged on this round's
 * reviews only, and the reviews recorded from here on carry the new round.
 */
@Component("openReviewRoundListener")
class OpenReviewRoundListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		Object previous = execution.getVariable(REVIEW_ROUND);
		int round = previous instanceof Number number ? number.intValue() + 1 : 1;

		execution.setVariable(REVIEW_ROUND, round);
		execution.setVariable(DEPARTMENT_REVIEW_OUTCOME, null);
		execution.setVariable(LEGAL_REVIEW_OUTCOME, null);
		execution.setVariable(LEADER_APPROVED, null);
		execution.setVariable(DELIBERATION_CONCLUSION, null);
	}

}

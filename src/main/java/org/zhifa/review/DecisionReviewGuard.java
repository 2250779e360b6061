package org.zhifa.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.CASE_NO;
import static org.zhifa.casefile.PenaltyCaseProcess.COLLECTIVE_DELIBERATION;
import static org.zhifa.casefile.PenaltyCaseProcess.HEARING_HELD;
import static org.zhifa.casefile.PenaltyCaseProcess.LEGAL_REVIEW_REQUIRED;
import static org.zhifa.casefile.PenaltyCaseProcess.PROCEDURE_CLASS;
import static org.zhifa.casefile.PenaltyCaseProcess.REVIEW_ROUND;

/**
 * Start listener of {@code Task_IssueDecision}: no penalty decision without the reviews the law requires, whatever
 * path led here. A major case, a case whose procedure class requires a legal review, and a case that had a hearing
 * need a passed legal review of the current round (行政处罚法 Art 58); a case that requires collective deliberation
 * needs the committee's approval of the current round (Art 57(2)). Otherwise the step fails and nothing is decided.
 */
@Component("decisionReviewGuard")
class DecisionReviewGuard implements ExecutionListener {

	static final String MAJOR = "MAJOR";

	private final ReviewRecords records;

	DecisionReviewGuard(ReviewRecords records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String caseNo = (String) execution.getVariable(CASE_NO);
		Object round = execution.getVariable(REVIEW_ROUND);
		int current = round instanceof Number number ? number.intValue() : 0;

		if (legalReviewRequired(execution) && !records.legalReviewPassed(caseNo, current)) {
			throw new DecisionBlockedException(caseNo, "未经法制审核或法制审核未通过，不得作出行政处罚决定（行政处罚法第五十八条第二款）");
		}
		if (Values.flag(execution.getVariable(COLLECTIVE_DELIBERATION)) && !records.deliberationApproved(caseNo, current)) {
			throw new DecisionBlockedException(caseNo, "须经行政机关负责人集体讨论决定（行政处罚法第五十七条第二款）");
		}
	}

	static boolean legalReviewRequired(DelegateExecution execution) {
		return MAJOR.equals(execution.getVariable(PROCEDURE_CLASS))
				|| Values.flag(execution.getVariable(LEGAL_REVIEW_REQUIRED))
				|| Values.flag(execution.getVariable(HEARING_HELD));
	}

}

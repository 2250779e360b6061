package org.zhifa.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.organisation.StaffRegister;

import static org.zhifa.casefile.PenaltyCaseProcess.LEGAL_REVIEW_OPINION;
import static org.zhifa.casefile.PenaltyCaseProcess.LEGAL_REVIEW_OUTCOME;

/**
 * Completion of {@code Task_ReviewLegality} (法制审核, 行政处罚法 Art 58): checks the verdict and opinion and records
 * them with whether the reviewer holds the legal qualification. {@link LegalReviewerGuard} runs first.
 */
@Component("legalReviewCompletion")
class LegalReviewCompletion implements TaskListener {

	private final ReviewCompletion completion;

	LegalReviewCompletion(ReviewRecords records, StaffRegister staff) {
		this.completion = new ReviewCompletion(records, staff);
	}

	@Override
	public void notify(DelegateTask task) {
		completion.complete(task, ReviewKind.LEGAL, LEGAL_REVIEW_OUTCOME, LEGAL_REVIEW_OPINION);
	}

}

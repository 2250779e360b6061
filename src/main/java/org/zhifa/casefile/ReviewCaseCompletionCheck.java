package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewOutcome;
import org.zhifa.process.TaskInput;

import static org.zhifa.casefile.PenaltyCaseProcess.REVIEW_OPINION;
import static org.zhifa.casefile.PenaltyCaseProcess.REVIEW_OUTCOME;

/**
 * Completion check of {@code Task_ReviewCase} (案件审查, 行政处罚法 Art 57): the conclusion and the opinion, which is
 * the recorded reason of no penalty, a transfer or a withdrawal, are required.
 */
@Component("reviewCaseCompletionCheck")
class ReviewCaseCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		input.requireValue(REVIEW_OUTCOME, ReviewOutcome.class, "请选择审查结论");
		input.requireText(REVIEW_OPINION, "请填写审查意见及理由");
		input.verify();
	}

}

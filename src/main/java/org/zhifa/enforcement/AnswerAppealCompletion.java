package org.zhifa.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.AppealProcess.APPEAL_ANSWERED_AT;
import static org.zhifa.enforcement.AppealProcess.APPEAL_ID;
import static org.zhifa.enforcement.AppealProcess.APPEAL_NOTIFIED_AT;

/**
 * Completion of {@code Task_AnswerAppeal} (提出书面答复、答辩): the day the answer with the evidence was submitted, not
 * before the copy was received. Records it.
 */
@Component("answerAppealCompletion")
class AnswerAppealCompletion implements TaskListener {

	private final AppealManagement appeals;

	AnswerAppealCompletion(AppealManagement appeals) {
		this.appeals = appeals;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		var at = EnforcementInput.recordedDate(input, APPEAL_ANSWERED_AT, "答复或答辩日期",
				Values.instant(task.getVariable(APPEAL_NOTIFIED_AT)));
		input.verify();

		appeals.answered(((Number) task.getVariable(APPEAL_ID)).longValue(), at);
	}

}

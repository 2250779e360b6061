package org.zhifa.enforcement;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.enforcement.AppealProcess.APPEAL_DECIDED_AT;
import static org.zhifa.enforcement.AppealProcess.APPEAL_ID;
import static org.zhifa.enforcement.AppealProcess.DECISION_PUBLISHED;
import static org.zhifa.enforcement.AppealProcess.PUBLICATION_WITHDRAWN_AT;

/**
 * Completion of {@code Task_WithdrawPublication} (撤回公开的处罚决定信息, 行政处罚法 Art 48(2)): whether the decision had
 * been published and, if so, the day its information was withdrawn. Records it.
 */
@Component("withdrawPublicationCompletion")
class WithdrawPublicationCompletion implements TaskListener {

	private final AppealManagement appeals;

	WithdrawPublicationCompletion(AppealManagement appeals) {
		this.appeals = appeals;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		boolean published = input.requireFlag(DECISION_PUBLISHED, "请选择处罚决定是否已公开");
		Instant at = published ? EnforcementInput.recordedDate(input, PUBLICATION_WITHDRAWN_AT, "撤回日期",
				Values.instant(task.getVariable(APPEAL_DECIDED_AT))) : null;
		input.verify();

		appeals.publicationWithdrawn(((Number) task.getVariable(APPEAL_ID)).longValue(), published, at);
	}

}

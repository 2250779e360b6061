package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.enforcement.AppealProcess.AppealOutcome;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.enforcement.AppealProcess.*;

/**
 * Completion of {@code Task_RecordAppealOutcome} (登记复议决定、裁判结果): the outcome, its day, a summary, and for a
 * change the new fine, lower than the decided one (a reconsideration organ may not make it heavier, 行政复议法 Art 63).
 * Records it and applies it to the case: a revocation stops the execution and cancels the payment order, a change
 * amends them.
 */
@Component("recordAppealOutcomeCompletion")
class RecordAppealOutcomeCompletion implements TaskListener {

	private final AppealManagement appeals;

	RecordAppealOutcomeCompletion(AppealManagement appeals) {
		this.appeals = appeals;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		AppealOutcome outcome = input.requireValue(APPEAL_OUTCOME, AppealOutcome.class, "请选择复议决定或裁判结果");
		Instant at = EnforcementInput.recordedDate(input, APPEAL_DECIDED_AT, "复议决定或裁判日期",
				Values.instant(task.getVariable(APPEAL_FILED_AT)));
		String summary = input.requireText(APPEAL_OUTCOME_SUMMARY, "请填写复议决定或裁判的主要内容");
		BigDecimal changed = outcome == AppealOutcome.CHANGED ? changedFine(input, task) : null;
		input.verify();

		appeals.decide(((Number) task.getVariable(APPEAL_ID)).longValue(), outcome, at, changed, summary);
	}

	private static BigDecimal changedFine(TaskInput input, DelegateTask task) {
		BigDecimal changed = Values.money(input.value(CHANGED_FINE));
		BigDecimal decided = Values.money(task.getVariable(DECIDED_FINE));
		if (changed == null || changed.signum() <= 0) {
			input.add(new FieldError(CHANGED_FINE, "变更罚款的，请填写变更后的罚款数额"));
		}
		else if (decided != null && changed.compareTo(decided) >= 0) {
			input.add(new FieldError(CHANGED_FINE, "变更后的罚款应低于原处罚决定的罚款 " + decided.toPlainString() + " 元"));
		}
		return changed;
	}

}

package org.zhifa.casefile;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.SimpleProcedureProcess.Elements.TASK_HAND_OVER_CASH;
import static org.zhifa.casefile.SimpleProcedureProcess.FILED_WITH_ORGAN_AT;
import static org.zhifa.casefile.SimpleProcedureProcess.HANDED_OVER_AT;

/**
 * Completion check of {@code Task_HandOverCash} (罚款交至行政机关, 行政处罚法 Art 71) and {@code Task_FileWithOrgan}
 * (报所属行政机关备案, Art 52): the date the step was done is required and may not lie in the future.
 */
@Component("recordedDateCompletionCheck")
class RecordedDateCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		boolean handOver = TASK_HAND_OVER_CASH.equals(task.getTaskDefinitionKey());
		String field = handOver ? HANDED_OVER_AT : FILED_WITH_ORGAN_AT;
		Instant date = Values.instant(task.getVariable(field));
		TaskInput input = new TaskInput(task);
		if (date == null) {
			input.add(new FieldError(field, handOver ? "请填写罚款交至行政机关的日期" : "请填写报行政机关备案的日期"));
		}
		else if (date.isAfter(ClockUtil.getCurrentTime().toInstant())) {
			input.add(new FieldError(field, "日期不得晚于今天"));
		}
		input.verify();
	}

}

package org.zhifa.coercion;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.coercion.CoerciveMeasureProcess.ReleaseReason;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.coercion.CoerciveMeasureProcess.*;

/**
 * Completion of {@code Task_ReleaseMeasure} (解除强制措施): why (行政强制法 Art 28, or the head's refusal after an
 * emergency, Art 19), the release decision's number, and the day the items were returned, which the law wants at
 * once.
 */
@Component("releaseMeasureCompletion")
class ReleaseMeasureCompletion implements TaskListener {

	private final CoerciveMeasureManagement measures;

	ReleaseMeasureCompletion(CoerciveMeasureManagement measures) {
		this.measures = measures;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		ReleaseReason reason = input.requireValue(RELEASE_REASON, ReleaseReason.class, "请选择解除的理由");
		String documentNo = input.requireText(RELEASE_DOCUMENT_NO, "请填写解除决定书（通知书）文号");
		LocalDate returned = CarryOutMeasureCompletion.notAfterToday(input, ITEMS_RETURNED_ON,
				"请填写退还财物的日期（不得晚于今天）");
		if (reason == ReleaseReason.OTHER) {
			input.requireText(RELEASE_NOTE, "其他理由的，请写明");
		}
		input.verify();

		measures.release(MeasureVariables.measureId(task), new CoerciveMeasure.Release(reason, documentNo, returned,
				Values.text(input.value(RELEASE_NOTE))));
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.CASE_SUMMARY;
import static org.zhifa.casefile.PenaltyCaseProcess.FILING_APPROVED;
import static org.zhifa.casefile.PenaltyCaseProcess.FILING_OPINION;
import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_1;
import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_2;
import static org.zhifa.casefile.PenaltyCaseProcess.ITEM_CODE;
import static org.zhifa.casefile.PenaltyCaseProcess.LINE_AREA;
import static org.zhifa.casefile.PenaltyCaseProcess.PARTY_ID_NUMBER;
import static org.zhifa.casefile.PenaltyCaseProcess.PARTY_NAME;
import static org.zhifa.casefile.PenaltyCaseProcess.PARTY_TYPE;

/**
 * Completion check of {@code Task_ApproveFiling} (审批立案): the decision and the opinion are required; an approval
 * needs the cause, the party with a valid identity number, and two distinct certified handlers, never an auxiliary
 * (行政处罚法 Art 42; 浙江省综合行政执法条例 Art 30).
 */
@Component("approveFilingCompletionCheck")
class ApproveFilingCompletionCheck implements TaskListener {

	private final HandlerRules handlerRules;

	ApproveFilingCompletionCheck(HandlerRules handlerRules) {
		this.handlerRules = handlerRules;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		boolean approved = input.requireFlag(FILING_APPROVED, "请选择是否批准立案");
		input.requireText(FILING_OPINION, "请填写审批意见");
		if (approved) {
			input.requireText(ITEM_CODE, "请填写案由（执法事项编码）");
			input.requireText(LINE_AREA, "请选择条线");
			input.requireText(CASE_SUMMARY, "请填写简要案情");
			input.addAll(PartyRules.check(PARTY_TYPE, input.value(PARTY_TYPE), PARTY_NAME,
					Values.text(input.value(PARTY_NAME)), PARTY_ID_NUMBER, Values.text(input.value(PARTY_ID_NUMBER))));
			input.addAll(handlerRules.check(HANDLER_1, Values.text(input.value(HANDLER_1)), HANDLER_2,
					Values.text(input.value(HANDLER_2))));
		}
		input.verify();
	}

}

package org.zhifa.casefile;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.PenaltyCaseProcess.PenaltyKind;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.PenaltyCaseProcess.FACTS;
import static org.zhifa.casefile.PenaltyCaseProcess.LEGAL_BASIS;
import static org.zhifa.casefile.PenaltyCaseProcess.PROPOSED_FINE;
import static org.zhifa.casefile.PenaltyCaseProcess.PROPOSED_PENALTY_KINDS;

/**
 * Completion check of {@code Task_WriteInvestigationReport} (调查终结报告): facts and legal basis are required; the
 * proposed kinds must be known kinds of penalty, and a fine needs an amount above zero, no fine an amount of zero.
 */
@Component("writeInvestigationReportCompletionCheck")
class WriteInvestigationReportCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		input.requireText(FACTS, "请填写查明的违法事实");
		input.requireText(LEGAL_BASIS, "请填写法律依据");
		input.addAll(penaltyErrors(PROPOSED_PENALTY_KINDS, Values.strings(input.value(PROPOSED_PENALTY_KINDS)),
				PROPOSED_FINE, Values.money(input.value(PROPOSED_FINE))));
		input.verify();
	}

	static List<FieldError> penaltyErrors(String kindsField, List<String> kinds, String fineField, BigDecimal fine) {
		List<String> known = java.util.Arrays.stream(PenaltyKind.values()).map(Enum::name).toList();
		if (kinds.isEmpty() || !known.containsAll(kinds)) {
			return List.of(new FieldError(kindsField, "请选择处罚种类（行政处罚法第九条）"));
		}
		boolean fined = kinds.contains(PenaltyKind.FINE.name());
		if (fine == null || fine.signum() < 0 || fined != (fine.signum() > 0)) {
			return List.of(new FieldError(fineField, fined ? "罚款须填写大于零的数额" : "未选择罚款时罚款数额应为 0"));
		}
		return List.of();
	}

}

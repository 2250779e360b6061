package org.zhifa.casefile;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.PenaltyCaseProcess.DECIDED_FINE;
import static org.zhifa.casefile.PenaltyCaseProcess.DECIDED_PENALTY_KINDS;
import static org.zhifa.casefile.PenaltyCaseProcess.PROPOSED_FINE;
import static org.zhifa.casefile.PenaltyCaseProcess.PROPOSED_PENALTY_KINDS;
import static org.zhifa.casefile.PenaltyCaseProcess.RECHECK_CONCLUSION;

/**
 * Completion check of {@code Task_RecheckStatement} (复核): the conclusion is required, and the penalty after the
 * re-check may not be heavier than the proposed one (行政处罚法 Art 45): no higher fine and no other kind. The
 * decision step checks this again against the record.
 */
@Component("recheckStatementCompletionCheck")
class RecheckStatementCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		input.requireText(RECHECK_CONCLUSION, "请填写复核意见（采纳与否及理由）");
		List<String> kinds = Values.strings(input.value(DECIDED_PENALTY_KINDS));
		BigDecimal fine = Values.money(input.value(DECIDED_FINE));
		List<FieldError> errors = WriteInvestigationReportCompletionCheck.penaltyErrors(DECIDED_PENALTY_KINDS, kinds,
				DECIDED_FINE, fine);
		input.addAll(errors);
		if (errors.isEmpty()) {
			BigDecimal proposed = Values.money(input.value(PROPOSED_FINE));
			if (proposed != null && fine.compareTo(proposed) > 0) {
				input.add(new FieldError(DECIDED_FINE, "不得因当事人陈述、申辩而加重处罚：罚款不得高于拟处罚的 "
						+ proposed.toPlainString() + " 元（行政处罚法第四十五条）"));
			}
			if (!new HashSet<>(Values.strings(input.value(PROPOSED_PENALTY_KINDS))).containsAll(kinds)) {
				input.add(new FieldError(DECIDED_PENALTY_KINDS, "不得因当事人陈述、申辩而增加处罚种类（行政处罚法第四十五条）"));
			}
		}
		input.verify();
	}

}

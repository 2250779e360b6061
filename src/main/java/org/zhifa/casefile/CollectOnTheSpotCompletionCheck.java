package org.zhifa.casefile;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.SimpleProcedureProcess.COLLECTED_AMOUNT;
import static org.zhifa.casefile.SimpleProcedureProcess.DECIDED_FINE;
import static org.zhifa.casefile.SimpleProcedureProcess.FISCAL_RECEIPT_NO;

/**
 * Completion check of {@code Task_CollectOnTheSpot} (当场收缴罚款): the number of the provincial fiscal receipt handed
 * to the party (行政处罚法 Art 70: without one the party may refuse to pay) and an amount equal to the fine decided.
 */
@Component("collectOnTheSpotCompletionCheck")
class CollectOnTheSpotCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		input.requireText(FISCAL_RECEIPT_NO, "请填写省财政部门统一制发的罚款收据编号（行政处罚法第七十条）");
		BigDecimal amount = Values.money(input.value(COLLECTED_AMOUNT));
		BigDecimal fine = Values.money(input.value(DECIDED_FINE));
		if (amount == null || fine == null || amount.compareTo(fine) != 0) {
			input.add(new FieldError(COLLECTED_AMOUNT, "收缴金额须与处罚决定的罚款数额 "
					+ (fine == null ? "" : fine.stripTrailingZeros().toPlainString() + " 元") + "一致"));
		}
		input.verify();
	}

}

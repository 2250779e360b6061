package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.PenaltyCaseProcess.ServiceMethod;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.PenaltyCaseProcess.E_DELIVERY_CONSENT;
import static org.zhifa.casefile.PenaltyCaseProcess.SERVED_AT;
import static org.zhifa.casefile.PenaltyCaseProcess.SERVICE_METHOD;

/**
 * Completion check of {@code Task_ServeDecision} (送达处罚决定书): the method and the date of service are required;
 * electronic service only with the party's signed consent (行政处罚法 Art 61(2)).
 */
@Component("serveDecisionCompletionCheck")
class ServeDecisionCompletionCheck implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		ServiceMethod method = input.requireValue(SERVICE_METHOD, ServiceMethod.class, "请选择送达方式");
		if (Values.instant(input.value(SERVED_AT)) == null) {
			input.add(new FieldError(SERVED_AT, "请填写送达（或公告）日期"));
		}
		if (method == ServiceMethod.ELECTRONIC && !Values.flag(input.value(E_DELIVERY_CONSENT))) {
			input.add(new FieldError(E_DELIVERY_CONSENT, "电子送达须经当事人同意并签订确认书（行政处罚法第六十一条第二款）"));
		}
		input.verify();
	}

}

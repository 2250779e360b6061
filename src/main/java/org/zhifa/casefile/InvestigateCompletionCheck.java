package org.zhifa.casefile;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_1;
import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_2;
import static org.zhifa.casefile.PenaltyCaseProcess.INVESTIGATION_NOTES;

/**
 * Completion check of {@code Task_Investigate} (调查取证) and {@code Task_WriteInvestigationReport}: only one of the
 * case's two handlers may complete them; the system (tests, migrations) may. The handlers are the process variables
 * of the filing, replaced there by a granted recusal.
 */
@Component("investigateCompletionCheck")
class InvestigateCompletionCheck implements TaskListener {

	private final SystemAuthority authority;

	InvestigateCompletionCheck(SystemAuthority authority) {
		this.authority = authority;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		if (PenaltyCaseProcess.Elements.TASK_INVESTIGATE.equals(task.getTaskDefinitionKey())) {
			input.requireText(INVESTIGATION_NOTES, "请填写调查取证情况");
		}
		String caller = authority.currentUser();
		if (caller != null && !List.of(String.valueOf(task.getVariable(HANDLER_1)),
				String.valueOf(task.getVariable(HANDLER_2))).contains(caller)) {
			input.add(new FieldError(HANDLER_1, "只有本案承办人可以办理此任务"));
		}
		input.verify();
	}

}

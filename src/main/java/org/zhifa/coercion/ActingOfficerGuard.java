package org.zhifa.coercion;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskActor;
import org.zhifa.security.TaskRefusedException;

/**
 * On claim and completion of the on-site step: only one of the two officers named for the measure records it, since
 * both must be present (行政强制法 Art 18(2)). A refusal is a {@link TaskRefusedException} (403).
 */
@Component("actingOfficerGuard")
class ActingOfficerGuard implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String actor = TaskActor.of(task);
		if (actor != null && !ActingOfficers.isActing(actor, task)) {
			throw new TaskRefusedException("只有实施本措施的两名执法人员可以办理：" + task.getName());
		}
	}

}

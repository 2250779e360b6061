package org.zhifa.coercion;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskActor;
import org.zhifa.security.TaskRefusedException;

/**
 * On claim and completion of the head's approvals (prior, after an emergency, of an extension): the head who approves
 * a coercive measure is never one of the two officers who carry it out, even if the task is handed to one of them.
 * A refusal is a {@link TaskRefusedException} (403).
 */
@Component("headApprovalGuard")
class HeadApprovalGuard implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String actor = TaskActor.of(task);
		if (actor != null && ActingOfficers.isActing(actor, task)) {
			throw new TaskRefusedException("实施强制措施的执法人员不得审批本措施：" + actor);
		}
	}

}

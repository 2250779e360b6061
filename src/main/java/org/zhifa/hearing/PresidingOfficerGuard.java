package org.zhifa.hearing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskActor;
import org.zhifa.security.TaskRefusedException;

import static org.zhifa.hearing.HearingProcess.PRESIDING_OFFICER;

/**
 * On claim and completion of the hearing and its report: only the designated presiding officer does them, and never
 * an investigator of the case (行政处罚法 Art 64(4)), even if the task is reassigned. A refusal is a
 * {@link TaskRefusedException} (403).
 */
@Component("presidingOfficerGuard")
class PresidingOfficerGuard implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String actor = TaskActor.of(task);
		if (actor == null) {
			return;
		}

		if (HearingParticipants.isInvestigator(actor, task)) {
			throw new TaskRefusedException("本案调查人员不得主持听证（行政处罚法第六十四条第四项）：" + actor);
		}
		if (!actor.equals(task.getVariable(PRESIDING_OFFICER))) {
			throw new TaskRefusedException("只有指定的听证主持人可以办理：" + task.getName());
		}
	}

}

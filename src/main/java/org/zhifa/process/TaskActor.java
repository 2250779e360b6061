package org.zhifa.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The person a task listener acts on: for the {@code assignment} event the new assignee, otherwise the authenticated
 * user completing the task, or its assignee when the system completes it on their behalf.
 */
public final class TaskActor {

	private TaskActor() {
	}

	/** @return the user id, or {@code null} when nobody is known (the system acting alone) */
	public static String of(DelegateTask task) {
		if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
			return task.getAssignee();
		}
		Authentication authentication = task.getProcessEngineServices().getIdentityService()
			.getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		return task.getAssignee();
	}

}

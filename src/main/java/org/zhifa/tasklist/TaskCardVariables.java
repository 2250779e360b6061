package org.zhifa.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the variables that the task filters show on each task card (clue number, case number, party) onto every new
 * task as task variables.
 *
 * <p>Tasklist reads the variables of a task list through a variable query, which authorization checks limit to
 * variables the user may read: officers may read the tasks offered to them, not the process instances, so process
 * variables would stay hidden on the cards of exactly the people who work the tasks. The copies are taken when the
 * task is created.
 */
@Component
class TaskCardVariables {

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	public void copyToTask(DelegateTask task) {
		for (String name : TaskFilterDefinition.VARIABLE_NAMES) {
			Object value = task.getVariable(name);
			if (value != null && !task.hasVariableLocal(name)) {
				task.setVariableLocal(name, value);
			}
		}
	}

}

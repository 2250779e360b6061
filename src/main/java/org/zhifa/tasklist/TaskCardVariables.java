package org.zhifa.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the process variables that the task filters show on each task card (clue number, case number, party) onto
 * every new task, as task variables named {@code cardClueNo}, {@code cardCaseNo} and {@code cardPartyName}.
 *
 * <p>Tasklist reads the variables of a task list through a variable query, which authorization checks limit to
 * variables the user may read: officers may read the tasks offered to them, not the process instances, so process
 * variables would stay hidden on the cards of exactly the people who work the tasks. The copies are taken when the
 * task is created and are not updated: a value the task itself changes shows from the next task on.
 */
@Component
class TaskCardVariables {

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	public void copyToTask(DelegateTask task) {
		for (TaskFilterDefinition.CardVariable card : TaskFilterDefinition.CARD_VARIABLES) {
			Object value = task.getVariable(card.variable());
			if (value != null) {
				task.setVariableLocal(card.taskVariable(), value);
			}
		}
	}

}

package org.zhifa.deadline;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On task creation: sets the due date of a task that names a statutory period (unless the model set one), and a
 * follow-up date ahead of any due date the task has. Marks the task with the local variable
 * {@code deadlineProvisional} when its due date lies in a year without holiday data.
 */
class DeadlineTaskListener implements TaskListener {

	static final String PROVISIONAL_VARIABLE = "deadlineProvisional";

	static final String LINE_AREA_VARIABLE = "lineArea";

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineTaskListener.class);

	private final Supplier<Deadlines> deadlines;

	private final String period;

	private final String startVariable;

	/**
	 * @param period the statutory period's name, or null for a task without one
	 * @param startVariable the variable holding the period's start, or null for the task's creation
	 */
	DeadlineTaskListener(Supplier<Deadlines> deadlines, String period, String startVariable) {
		this.deadlines = deadlines;
		this.period = period;
		this.startVariable = startVariable;
	}

	@Override
	public void notify(DelegateTask task) {
		Deadlines calendar = deadlines.get();
		ZonedDateTime created = calendar.dateTime(task.getCreateTime() == null ? new Date() : task.getCreateTime());
		if (period != null && task.getDueDate() == null) {
			setDueDate(task, calendar, created);
		}

		if (task.getDueDate() != null && task.getFollowUpDate() == null) {
			ZonedDateTime due = calendar.dateTime(task.getDueDate());
			task.setFollowUpDate(Date.from(calendar.followUpFor(due, created).toInstant()));
		}
	}

	private void setDueDate(DelegateTask task, Deadlines calendar, ZonedDateTime created) {
		Object start = startVariable == null ? created : task.getVariable(startVariable);
		Object lineArea = task.getVariable(LINE_AREA_VARIABLE);
		String lineAreaCode = lineArea instanceof String code ? code : null;

		task.setDueDate(calendar.due(period, start, lineAreaCode));
		if (task.getFollowUpDate() == null) {
			task.setFollowUpDate(calendar.followUp(period, start, lineAreaCode));
		}
		if (calendar.isProvisional(period, start, lineAreaCode)) {
			task.setVariableLocal(PROVISIONAL_VARIABLE, true);
		}
		LOG.debug("Task {} due by statutory period {}", task.getId(), period);
	}

}

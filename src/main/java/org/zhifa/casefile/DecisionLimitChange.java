package org.zhifa.casefile;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhifa.deadline.Deadlines;
import org.zhifa.security.SystemAuthority;

import static org.zhifa.casefile.PenaltyCaseProcess.Elements.START_DECISION_LIMIT_NEAR;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TIMER_EXTENDED_LIMIT_NEAR;

/**
 * What follows the decision limit (行政处罚法 Art 60) when it moves, by an extension or by hearing days left out: the
 * open tasks that were due at the old limit, with their follow-up dates, so that Tasklist's 即将到期 and 已超期 show
 * the limit in force, and the warning timer that has not fired yet.
 */
@Component
class DecisionLimitChange {

	private static final Logger LOG = LoggerFactory.getLogger(DecisionLimitChange.class);

	private static final List<String> WARNING_TIMERS = List.of(START_DECISION_LIMIT_NEAR, TIMER_EXTENDED_LIMIT_NEAR);

	private final TaskService taskService;

	private final ManagementService managementService;

	private final Deadlines deadlines;

	private final SystemAuthority authority;

	DecisionLimitChange(TaskService taskService, ManagementService managementService, Deadlines deadlines,
			SystemAuthority authority) {
		this.taskService = taskService;
		this.managementService = managementService;
		this.deadlines = deadlines;
		this.authority = authority;
	}

	/** Moves the case's open tasks due at the previous limit, and its pending warning, to the new limit. */
	void apply(String caseNo, String processInstanceId, Date previous, Date due) {
		if (previous == null || previous.equals(due)) {
			return;
		}
		// The leader who approved the change may not update the handlers' tasks: the system moves them.
		int moved = authority.run(() -> {
			List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).dueDate(previous)
				.list();
			open.forEach(task -> move(task, due));
			WARNING_TIMERS.forEach(activity -> warningJobs(processInstanceId, activity)
				.forEach(job -> managementService.setJobDuedate(job.getId(), deadlines.warningBefore(due))));
			return open.size();
		});
		LOG.info("Case {}: decision limit moved, {} open task(s) follow it", caseNo, moved);
	}

	private void move(Task task, Date due) {
		Date warning = deadlines.warningBefore(due);
		task.setDueDate(due);
		task.setFollowUpDate(warning.before(task.getCreateTime()) ? task.getCreateTime() : warning);
		taskService.saveTask(task);
	}

	private List<Job> warningJobs(String processInstanceId, String activity) {
		return managementService.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activity)
			.list();
	}

}

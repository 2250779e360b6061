package org.zhifa.deadline;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;

/**
 * The open tasks of a squad that are overdue or due soon.
 *
 * <p>Who may ask: members of the squad (officers, auxiliaries, the squad leader) for their own squad; dispatchers,
 * sub-dispatchers, team leaders, auditors and administrators for any squad. The permission is checked here, then the
 * engine is queried as the system, without the caller's authentication: the engine would otherwise show the caller
 * only tasks offered to them, and a dispatcher or an auditor, who is offered none of a squad's tasks, would get an
 * empty list. A squad's tasks are those whose candidate group is the squad, claimed or not.
 */
@Service
public class DeadlineTracking {

	/** Roles that oversee every squad. */
	static final Set<String> OVERSEERS = Set.of("dispatcher", "sub-dispatcher", "team-leader", "auditor",
			Groups.CAMUNDA_ADMIN);

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	private final OrganisationDirectory directory;

	private final ZoneId zone;

	public DeadlineTracking(TaskService taskService, RuntimeService runtimeService, SystemAuthority authority,
			OrganisationDirectory directory, DeadlineProperties properties) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.authority = authority;
		this.directory = directory;
		this.zone = properties.zone();
	}

	/**
	 * The squad's open tasks whose due date has passed, the most overdue first.
	 * @throws InvalidRequestException if {@code squad} is not a squad
	 * @throws ForbiddenException if the current user may not see the squad
	 */
	public List<OpenDeadline> overdue(String squad, int max) {
		checkAccess(squad);
		Date now = new Date();
		return authority.run(() -> describe(squadTasks(squad).dueBefore(now).orderByDueDate().asc().listPage(0, max)));
	}

	/**
	 * The squad's open tasks whose follow-up date has come and whose due date has not yet passed, the soonest first.
	 * @throws InvalidRequestException if {@code squad} is not a squad
	 * @throws ForbiddenException if the current user may not see the squad
	 */
	public List<OpenDeadline> dueSoon(String squad, int max) {
		checkAccess(squad);
		Date now = new Date();
		return authority.run(() -> describe(
				squadTasks(squad).followUpBefore(now).dueAfter(now).orderByDueDate().asc().listPage(0, max)));
	}

	void checkAccess(String squad) {
		if (directory.squads().stream().noneMatch(unit -> unit.code().equals(squad))) {
			throw InvalidRequestException.of("squad", "未知中队：" + squad);
		}

		Set<String> allowed = new HashSet<>(OVERSEERS);
		allowed.add(squad);
		authority.requireAny(allowed, "只能查看本中队的期限");
	}

	private TaskQuery squadTasks(String squad) {
		return taskService.createTaskQuery().taskCandidateGroup(squad).includeAssignedTasks();
	}

	private List<OpenDeadline> describe(List<Task> tasks) {
		Map<String, String> businessKeys = businessKeys(tasks.stream().map(Task::getProcessInstanceId)
			.filter(id -> id != null).collect(Collectors.toSet()));
		return tasks.stream()
			.map(task -> new OpenDeadline(task.getId(), task.getName(), task.getTaskDefinitionKey(),
					task.getProcessInstanceId(), businessKeys.get(task.getProcessInstanceId()),
					offset(task.getDueDate()), offset(task.getFollowUpDate()), task.getAssignee()))
			.toList();
	}

	private Map<String, String> businessKeys(Set<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		return runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
			.filter(instance -> instance.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
	}

	private OffsetDateTime offset(Date date) {
		return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
	}

}

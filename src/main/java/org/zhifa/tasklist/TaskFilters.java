package org.zhifa.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.zhifa.organisation.Organisation;
import org.zhifa.tasklist.TaskFilterDefinition.Criteria;

import static org.zhifa.tasklist.TaskFilterDefinition.NEUTRAL;

/**
 * The shared Tasklist filters of each role, derived from the organisation.
 *
 * <p>本中队待办 is one filter per squad, named alike and readable only by that squad's group: every member of the
 * squad (officers, auxiliaries, the squad leader) sees the open tasks offered to the squad, claimed or not, and no
 * other squad's. A filter on {@code ${currentUserGroups()}} would mix in the tasks offered to the user's role groups
 * (officer, squad-leader), which are not the squad's work. 即将到期 and 已超期 list every task the user may read
 * (assigned or offered to the user or the user's groups); 待法制审核 and 待审批 list the tasks offered to those
 * roles, claimed or not, so that the office sees all that waits.
 */
public final class TaskFilters {

	/** Roles that work in Tasklist and read the shared filters. */
	static final List<String> TASKLIST_ROLES = List.of("officer", "auxiliary", "squad-leader", "team-leader",
			"dispatcher", "sub-dispatcher", "dept-reviewer", "legal-reviewer", "enforcement-leader", "committee",
			"liaison", "process-admin");

	static final String LEGAL_REVIEWER = "legal-reviewer";

	static final String DEPT_REVIEWER = Organisation.DEPT_REVIEWER;

	/** The roles that approve: squad, team and enforcement leaders and the committee. */
	static final List<String> APPROVERS = List.of("squad-leader", "team-leader", "enforcement-leader", "committee");

	static final String MY_TASKS = "my-tasks";

	static final String SQUAD_TASKS = "squad-tasks:";

	static final String DUE_SOON = "due-soon";

	static final String OVERDUE = "overdue";

	static final String LEGAL_REVIEW = "legal-review";

	static final String DEPARTMENT_REVIEW = "department-review";

	static final String APPROVAL = "approval";

	private TaskFilters() {
	}

	/** The filters for this organisation, in their Tasklist order; readers are the roles and units it has. */
	public static List<TaskFilterDefinition> of(Organisation organisation) {
		List<String> workers = present(organisation, TASKLIST_ROLES);
		List<TaskFilterDefinition> filters = new ArrayList<>();
		filters.add(myTasks(workers));
		organisation.squads().forEach(squad -> filters.add(squadTasks(squad)));
		filters.add(dueSoon(workers));
		filters.add(overdue(workers));

		if (organisation.hasRole(LEGAL_REVIEWER)) {
			filters.add(legalReview());
		}
		if (organisation.hasRole(DEPT_REVIEWER) && !organisation.businessDepartments().isEmpty()) {
			filters.add(departmentReview(organisation));
		}
		List<String> approvers = present(organisation, APPROVERS);
		if (!approvers.isEmpty()) {
			filters.add(approval(approvers, approvalGroups(organisation, approvers)));
		}
		return filters;
	}

	private static TaskFilterDefinition myTasks(List<String> workers) {
		return new TaskFilterDefinition(MY_TASKS, "我的待办", "已由我认领或指派给我的任务，按期限排序", 10, NEUTRAL,
				Criteria.assignee("${currentUser()}"), workers);
	}

	private static TaskFilterDefinition squadTasks(Organisation.Unit squad) {
		return new TaskFilterDefinition(SQUAD_TASKS + squad.code(), "本中队待办",
				squad.name() + "的全部待办任务（含已认领），按期限排序", 20, NEUTRAL,
				Criteria.offeredTo(List.of(squad.code())), List.of(squad.code()));
	}

	/** Due within the warning window of working days ({@link TasklistDates#dueSoonBefore()}), not yet overdue. */
	private static TaskFilterDefinition dueSoon(List<String> workers) {
		return new TaskFilterDefinition(DUE_SOON, "即将到期", "两个工作日内到期的任务（按法定工作日历）", 30, "#f0ad4e",
				Criteria.due("${now()}", "${tasklistDates.dueSoonBefore()}"), workers);
	}

	private static TaskFilterDefinition overdue(List<String> workers) {
		return new TaskFilterDefinition(OVERDUE, "已超期", "已超过办理期限的任务", 40, "#d9534f",
				Criteria.due(null, "${now()}"), workers);
	}

	private static TaskFilterDefinition legalReview() {
		return new TaskFilterDefinition(LEGAL_REVIEW, "待法制审核", "提交法制审核的重大案件（含已认领）", 50, NEUTRAL,
				Criteria.offeredTo(List.of(LEGAL_REVIEWER)), List.of(LEGAL_REVIEWER));
	}

	/**
	 * The department reviews of major cases, offered to each department's reviewer group: the engine's task
	 * permissions show a reviewer only the cases of their own department.
	 */
	private static TaskFilterDefinition departmentReview(Organisation organisation) {
		List<String> groups = organisation.businessDepartments().stream()
			.map(department -> Organisation.reviewersOf(department.code())).toList();
		return new TaskFilterDefinition(DEPARTMENT_REVIEW, "待职能部门审核", "本部门条线的重大案件审核（含已认领）", 55, NEUTRAL,
				Criteria.offeredTo(groups), List.of(DEPT_REVIEWER));
	}

	private static TaskFilterDefinition approval(List<String> approvers, List<String> offeredTo) {
		return new TaskFilterDefinition(APPROVAL, "待审批", "待中队长、执法队领导、分管领导审批或管委会集体讨论的任务（含已认领）", 60,
				NEUTRAL, Criteria.offeredTo(offeredTo), approvers);
	}

	/**
	 * The groups approvals are offered to: the approving roles, and each squad's leader group in place of the squad
	 * leader role; the engine's task permissions then show a squad leader only their own squad's approvals.
	 */
	private static List<String> approvalGroups(Organisation organisation, List<String> approvers) {
		List<String> groups = new ArrayList<>(approvers);
		organisation.squads().forEach(squad -> groups.add(Organisation.leadersOf(squad.code())));
		return groups;
	}

	private static List<String> present(Organisation organisation, List<String> roles) {
		return roles.stream().filter(organisation::hasRole).toList();
	}

}

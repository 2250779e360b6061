package org.zhifa.tasklist;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * One shared Tasklist filter as Zhifa ships it: what it selects, how Tasklist shows it, and which groups may read it.
 *
 * @param key a stable identifier, kept in the filter's properties, that finds the filter again on the next start
 * @param name the name shown in Tasklist
 * @param description the tooltip of the filter
 * @param priority the position in the filter list (Tasklist sorts ascending)
 * @param color the filter's colour in the list, or null
 * @param criteria what the filter selects
 * @param readers the groups granted READ on the filter
 */
public record TaskFilterDefinition(String key, String name, String description, int priority, String color,
		Criteria criteria, List<String> readers) {

	/** The process variables shown on every task card, with their Chinese labels, in this order. */
	static final List<CardVariable> CARD_VARIABLES = List.of(new CardVariable("clueNo", "线索编号"),
			new CardVariable("caseNo", "案件编号"), new CardVariable("partyName", "当事人"));

	/** The variables as Tasklist reads them from a filter's properties: the task variables that carry the copies. */
	static final List<Map<String, String>> VARIABLES = CARD_VARIABLES.stream()
		.map(card -> variable(card.taskVariable(), card.label()))
		.toList();

	/** Grey, the colour of filters without a deadline of their own. */
	static final String NEUTRAL = "#555555";

	public TaskFilterDefinition {
		Objects.requireNonNull(key, "key must not be null");
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(criteria, "criteria must not be null");
		readers = List.copyOf(readers);
	}

	/**
	 * The task query this filter stores, sorted by due date (tasks without one last on PostgreSQL, first on H2).
	 * Expressions are kept as expressions and evaluated by the engine each time the filter runs.
	 */
	TaskQuery query(TaskService taskService) {
		TaskQuery query = taskService.createTaskQuery();
		if (criteria.assigneeExpression() != null) {
			query.taskAssigneeExpression(criteria.assigneeExpression());
		}
		if (!criteria.candidateGroups().isEmpty()) {
			query.taskCandidateGroupIn(criteria.candidateGroups());
		}
		if (criteria.includeAssigned()) {
			query.includeAssignedTasks();
		}
		if (criteria.dueAfterExpression() != null) {
			query.dueAfterExpression(criteria.dueAfterExpression());
		}
		if (criteria.dueBeforeExpression() != null) {
			query.dueBeforeExpression(criteria.dueBeforeExpression());
		}
		return query.orderByDueDate().asc();
	}

	/**
	 * What a filter selects; null or empty means "not restricted by this criterion". Without an assignee or
	 * candidate groups a filter lists every task the user may read, which authorization checks limit to the tasks
	 * assigned or offered to the user and the user's groups.
	 *
	 * @param assigneeExpression an expression for the assignee, such as {@code ${currentUser()}}
	 * @param candidateGroups the candidate groups, any of which the task is offered to
	 * @param includeAssigned whether tasks of the candidate groups that someone has claimed are listed as well
	 * @param dueAfterExpression the due date lies after this moment
	 * @param dueBeforeExpression the due date lies before this moment
	 */
	public record Criteria(String assigneeExpression, List<String> candidateGroups, boolean includeAssigned,
			String dueAfterExpression, String dueBeforeExpression) {

		public Criteria {
			candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
		}

		static Criteria assignee(String expression) {
			return new Criteria(expression, List.of(), false, null, null);
		}

		static Criteria offeredTo(List<String> groups) {
			return new Criteria(null, groups, true, null, null);
		}

		static Criteria due(String afterExpression, String beforeExpression) {
			return new Criteria(null, List.of(), false, afterExpression, beforeExpression);
		}

	}

	/** Name first, then label: a fixed order, so that the stored properties do not change between starts. */
	private static Map<String, String> variable(String name, String label) {
		Map<String, String> variable = new LinkedHashMap<>();
		variable.put("name", name);
		variable.put("label", label);
		return Collections.unmodifiableMap(variable);
	}

	/**
	 * A process variable shown on task cards.
	 * @param variable the process variable, such as {@code clueNo}
	 * @param label its Chinese label
	 */
	record CardVariable(String variable, String label) {

		/**
		 * The task variable that carries the copy. It has a name of its own: a task variable named like the process
		 * variable would catch the value a form submits for it, and the value would end with the task.
		 */
		String taskVariable() {
			return "card" + Character.toUpperCase(variable.charAt(0)) + variable.substring(1);
		}

	}

}

package org.zhifa.deadline;

import java.time.OffsetDateTime;

/**
 * An open task with a due date, as the overdue and due-soon lists show it. Carries ids, never personal data.
 *
 * @param taskId the task
 * @param taskName the task's name from the model
 * @param taskDefinitionKey the task's element id
 * @param processInstanceId the process instance
 * @param businessKey the case or clue number
 * @param due when the period ends
 * @param followUp when the warning starts
 * @param assignee the user id of the assignee, or null while unclaimed
 */
public record OpenDeadline(String taskId, String taskName, String taskDefinitionKey, String processInstanceId,
		String businessKey, OffsetDateTime due, OffsetDateTime followUp, String assignee) {
}

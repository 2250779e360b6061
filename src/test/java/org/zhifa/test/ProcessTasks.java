package org.zhifa.test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.zhifa.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The user tasks of one process instance, found by its business key, for process tests: find, complete, or see a
 * completion refused by a server-side check.
 */
public record ProcessTasks(TaskService taskService, String businessKey) {

	/** The open task of the instance at the element, or {@code null}. */
	public Task task(String taskDefinitionKey) {
		return taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskDefinitionKey).singleResult();
	}

	/** Completes the open task at the element, failing the test when there is none. */
	public void complete(String taskDefinitionKey, VariableMap variables) {
		Task task = task(taskDefinitionKey);
		assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
		taskService.complete(task.getId(), variables);
	}

	/** Claims the open task at the element for the user, then completes it, as a person working in Tasklist does. */
	public void complete(String taskDefinitionKey, String user, VariableMap variables) {
		claim(taskDefinitionKey, user);
		complete(taskDefinitionKey, variables);
	}

	/** Claims the open task at the element for the user, failing the test when there is none. */
	public void claim(String taskDefinitionKey, String user) {
		Task task = task(taskDefinitionKey);
		assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
		taskService.claim(task.getId(), user);
	}

	/** The refusal that completing the task with these variables meets, failing the test when it is accepted. */
	public InvalidRequestException refusalOf(String taskDefinitionKey, VariableMap variables) {
		return refusal(catchThrowable(() -> taskService.complete(task(taskDefinitionKey).getId(), variables)));
	}

	/** The server-side check's refusal inside whatever the engine wrapped it in. */
	public static InvalidRequestException refusal(Throwable thrown) {
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof InvalidRequestException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("refusal of %s", thrown).isInstanceOf(InvalidRequestException.class);
		return (InvalidRequestException) cause;
	}

	/** A local date-time in Hangzhou, e.g. {@code 2026-03-02T09:00}. */
	public static Date shanghai(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

package org.zhifa.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers see only their squad's work; auditors read but never work; auxiliaries never decide.
 */
@ZhifaIntegrationTest
class TaskVisibilityIT {

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	ProcessInstance instance;

	Task decideTask;

	@BeforeEach
	void startXixiWork() {
		instance = runtimeService.startProcessInstanceByKey("PlatformCheckProcess", "CHECK-" + System.nanoTime(),
				Map.of("squad", "squad-xixi"));
		decideTask = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	@Test
	void shouldShowSquadTaskToOfficerOfThatSquad() {
		HttpResponse<String> tasks = ApiClient.as(port, "xixi-officer-1").get(tasksOfInstance());

		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains(decideTask.getId());
	}

	@Test
	void shouldHideSquadTaskFromOfficerOfAnotherSquad() {
		HttpResponse<String> tasks = ApiClient.as(port, "xihu-officer-1").get(tasksOfInstance());
		HttpResponse<String> task = ApiClient.as(port, "xihu-officer-1").get("/engine-rest/task/" + decideTask.getId());

		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).isEqualTo("[]");
		assertThat(task.statusCode()).isIn(403, 404);
	}

	@Test
	void shouldRefuseClaimAndCompletionByAuditor() {
		ApiClient auditor = ApiClient.as(port, "auditor");

		HttpResponse<String> claim = auditor.post(taskPath("claim"), "{\"userId\":\"auditor\"}");
		HttpResponse<String> complete = auditor.post(taskPath("complete"), "{}");

		assertThat(claim.statusCode()).isEqualTo(403);
		assertThat(complete.statusCode()).isEqualTo(403);
		assertThat(taskService.createTaskQuery().taskId(decideTask.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void shouldLetAuditorReadTheRunningInstance() {
		HttpResponse<String> instances = ApiClient.as(port, "auditor")
			.get("/engine-rest/process-instance?businessKey=" + instance.getBusinessKey());

		assertThat(instances.statusCode()).isEqualTo(200);
		assertThat(instances.body()).contains(instance.getId());
	}

	@Test
	void shouldRefuseAuxiliaryClaimingADecision() {
		HttpResponse<String> claim = ApiClient.as(port, "xixi-aux").post(taskPath("claim"), "{\"userId\":\"xixi-aux\"}");

		assertThat(claim.statusCode()).isEqualTo(403);
		assertThat(claim.body()).contains("执法辅助人员不能办理此任务");
		assertThat(taskService.createTaskQuery().taskId(decideTask.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void shouldRefuseAuxiliaryCompletingADecisionWithoutClaim() {
		HttpResponse<String> complete = ApiClient.as(port, "xixi-aux").post(taskPath("complete"), "{}");

		assertThat(complete.statusCode()).isEqualTo(403);
		assertThat(taskService.createTaskQuery().taskId(decideTask.getId()).count()).isEqualTo(1);
	}

	@Test
	void shouldLetOfficerDecideAndAuxiliaryCollect() {
		ApiClient officer = ApiClient.as(port, "xixi-officer-1");
		ApiClient auxiliary = ApiClient.as(port, "xixi-aux");

		assertThat(officer.post(taskPath("claim"), "{\"userId\":\"xixi-officer-1\"}").statusCode()).isEqualTo(204);
		assertThat(officer.post(taskPath("complete"), "{}").statusCode()).isEqualTo(204);
		Task collect = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
		String collectPath = "/engine-rest/task/" + collect.getId() + "/";

		assertThat(auxiliary.post(collectPath + "claim", "{\"userId\":\"xixi-aux\"}").statusCode()).isEqualTo(204);
		assertThat(auxiliary.post(collectPath + "complete", "{}").statusCode()).isEqualTo(204);
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	private String tasksOfInstance() {
		return "/engine-rest/task?processInstanceId=" + instance.getId();
	}

	private String taskPath(String action) {
		return "/engine-rest/task/" + decideTask.getId() + "/" + action;
	}

}

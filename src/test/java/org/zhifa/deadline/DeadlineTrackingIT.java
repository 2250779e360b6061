package org.zhifa.deadline;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.deadline.DeadlineModels.at;

/**
 * The overdue and due-soon lists per squad, and who may see which squad's list.
 */
@ZhifaIntegrationTest
class DeadlineTrackingIT {

	static final String OVERDUE_XIXI = "/api/v1/deadlines/overdue?squad=squad-xixi";

	@LocalServerPort
	int port;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	String deploymentId;

	Task xixiOverdue;

	Task xihuOverdue;

	Task xixiDueSoon;

	@BeforeEach
	void startSquadWork() {
		deploymentId = DeadlineModels.deploy(repositoryService);
		xixiOverdue = taskOf(startCheck("squad-xixi"));
		xihuOverdue = taskOf(startCheck("squad-xihu"));
		Date tomorrow = new Date(System.currentTimeMillis() + Duration.ofDays(1).toMillis());
		xixiDueSoon = taskOf(runtimeService.startProcessInstanceByKey(DeadlineModels.DUE_PROCESS,
				Map.of("squad", "squad-xixi", "dueAt", tomorrow)));
	}

	@AfterEach
	void undeployModels() {
		DeadlineModels.undeploy(repositoryService, deploymentId);
	}

	@Test
	void shouldListOverdueTasksOfOwnSquadWhenOfficerAsks() {
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1").get(OVERDUE_XIXI);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(xixiOverdue.getId())
			.contains("\"businessKey\":\"CASE-")
			.contains("\"due\":\"2026-02-26T23:59:59+08:00\"")
			.doesNotContain(xihuOverdue.getId())
			.doesNotContain(xixiDueSoon.getId());
	}

	@Test
	void shouldKeepClaimedTaskInListWhenAnOfficerClaimedIt() {
		taskService.claim(xixiOverdue.getId(), "xixi-officer-2");

		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1").get(OVERDUE_XIXI);

		assertThat(response.body()).contains(xixiOverdue.getId()).contains("\"assignee\":\"xixi-officer-2\"");
	}

	@Test
	void shouldLetAuxiliaryOfSquadSeeOwnSquadWhenAsking() {
		HttpResponse<String> response = ApiClient.as(port, "xixi-aux").get(OVERDUE_XIXI);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(xixiOverdue.getId());
	}

	@Test
	void shouldRefuseOtherSquadWhenOfficerAsks() {
		HttpResponse<String> response = ApiClient.as(port, "xihu-officer-1").get(OVERDUE_XIXI);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain(xixiOverdue.getId());
	}

	@Test
	void shouldRefuseSquadListWhenCallerHasNoOversightRole() {
		HttpResponse<String> response = ApiClient.as(port, "liaison").get(OVERDUE_XIXI);

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldListAnySquadWhenDispatcherAsks() {
		HttpResponse<String> xixi = ApiClient.as(port, "dispatcher").get(OVERDUE_XIXI);
		HttpResponse<String> xihu = ApiClient.as(port, "dispatcher").get("/api/v1/deadlines/overdue?squad=squad-xihu");

		assertThat(xixi.statusCode()).isEqualTo(200);
		assertThat(xixi.body()).contains(xixiOverdue.getId());
		assertThat(xihu.body()).contains(xihuOverdue.getId()).doesNotContain(xixiOverdue.getId());
	}

	@Test
	void shouldListAnySquadWhenOverseerAsks() {
		for (String overseer : new String[] { "sub-dispatcher", "team-leader", "auditor", "admin" }) {
			HttpResponse<String> response = ApiClient.as(port, overseer).get(OVERDUE_XIXI);

			assertThat(response.statusCode()).as(overseer).isEqualTo(200);
			assertThat(response.body()).as(overseer).contains(xixiOverdue.getId());
		}
	}

	@Test
	void shouldListTasksInWarningPeriodWhenDueSoonIsAsked() {
		HttpResponse<String> response = ApiClient.as(port, "xixi-leader")
			.get("/api/v1/deadlines/due-soon?squad=squad-xixi");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(xixiDueSoon.getId()).doesNotContain(xixiOverdue.getId());
	}

	@Test
	void shouldNameSquadWhenSquadIsUnknownOrMissing() {
		ApiClient dispatcher = ApiClient.as(port, "dispatcher");

		HttpResponse<String> unknown = dispatcher.get("/api/v1/deadlines/overdue?squad=COMMITTEE");
		HttpResponse<String> missing = dispatcher.get("/api/v1/deadlines/overdue");

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"field\":\"squad\"");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"field\":\"squad\"");
	}

	@Test
	void shouldNameMaxWhenPageSizeIsOutOfRange() {
		HttpResponse<String> response = ApiClient.as(port, "dispatcher").get(OVERDUE_XIXI + "&max=0");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"max\"");
	}

	@Test
	void shouldAskForCredentialsWhenUnauthenticated() {
		HttpResponse<String> response = ApiClient.anonymous(port).get(OVERDUE_XIXI);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	private ProcessInstance startCheck(String squad) {
		return runtimeService.startProcessInstanceByKey(DeadlineModels.CHECK_PROCESS, "CASE-" + System.nanoTime(),
				Map.of("squad", squad, "noticeServedAt", at("2026-02-12T10:00"), "decisionMadeAt",
						at("2026-09-30T09:00")));
	}

	private Task taskOf(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}

package org.zhifa.coercion;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.coercion.CoerciveMeasureProcess.MEASURE_APPROVAL_OPINION;
import static org.zhifa.coercion.CoerciveMeasureProcess.MEASURE_APPROVED;
import static org.zhifa.coercion.CoerciveMeasureProcess.Elements.TASK_APPROVE_MEASURE;

/**
 * Coercive measures through the HTTP APIs: the case file shows them under {@code sections.coerciveMeasures}, and the
 * engine's REST API refuses a start by an auxiliary with 403.
 */
@ZhifaIntegrationTest
class CoerciveMeasureApiIT {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void shouldShowTheMeasureInTheCaseFileWhenTheHeadApprovedIt() throws Exception {
		// given
		CoercionCases cases = new CoercionCases(runtimeService, taskService, identityService, events);
		String caseNo = cases.filedCase();
		cases.start("xixi-officer-1", CoercionCases.proposal(caseNo, "SEIZURE"));
		String approval = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
			.taskDefinitionKey(TASK_APPROVE_MEASURE).singleResult().getId();
		taskService.claim(approval, "team-leader");
		taskService.complete(approval, Variables.createVariables().putValue(MEASURE_APPROVED, "true")
			.putValue(MEASURE_APPROVAL_OPINION, "同意扣押"));

		// when
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-2").get("/api/v1/cases/"
				+ URLEncoder.encode(caseNo, StandardCharsets.UTF_8).replace("+", "%20"));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode measure = JSON.readTree(response.body()).at("/sections/coerciveMeasures/0");
		assertThat(measure.get("kind").asText()).isEqualTo("SEIZURE");
		assertThat(measure.get("state").asText()).isEqualTo("APPROVED");
		assertThat(measure.get("officers")).extracting(JsonNode::asText)
			.containsExactly("xixi-officer-1", "xixi-officer-2");
		assertThat(measure.at("/approvals/0/approver").asText()).isEqualTo("team-leader");
		assertThat(measure.at("/approvals/0/opinion").asText()).isEqualTo("同意扣押");
	}

	@Test
	void shouldRefuseAStartByAnAuxiliaryThroughTheEngineRestApi() throws Exception {
		// given
		String caseNo = new CoercionCases(runtimeService, taskService, identityService, events).filedCase();

		// when
		HttpResponse<String> response = ApiClient.as(port, "xixi-aux").post(
				"/engine-rest/process-definition/key/CoerciveMeasureProcess/start", """
						{"businessKey":"%s","variables":{"caseNo":{"value":"%s","type":"String"},
						 "measureKind":{"value":"SEIZURE","type":"String"}}}""".formatted(caseNo, caseNo));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("CoerciveMeasureProcess")
			.processInstanceBusinessKey(caseNo).count()).isZero();
	}

}

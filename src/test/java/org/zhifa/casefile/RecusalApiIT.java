package org.zhifa.casefile;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.*;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.*;

/**
 * {@code POST /api/v1/cases/{caseNo}/recusals}: a request that a handler withdraw (回避, 行政处罚法 Art 43) reaches
 * the case under investigation for the head's decision; refused with 409 outside the investigation, 404 for an
 * unknown case, 400 naming the field, 403 for an auxiliary or a caller who may only look.
 */
@ZhifaIntegrationTest
class RecusalApiIT {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Cases cases;

	@Autowired
	ApplicationEventPublisher events;

	CaseDriver driver;

	@BeforeEach
	void setUp() {
		driver = new CaseDriver(taskService, managementService, cases, events);
	}

	@Test
	void shouldOfferTheRequestToTheHeadWhenAnOfficerRecordsItDuringTheInvestigation() throws Exception {
		// given
		String caseNo = investigating();

		// when
		HttpResponse<String> response = request("xixi-officer-1", caseNo, partyRequest("xixi-officer-2"));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(JSON.readTree(response.body()).get("recusedHandler").asText()).isEqualTo("xixi-officer-2");
		Task decision = driver.task(caseNo, TASK_DECIDE_RECUSAL);
		assertThat(decision).isNotNull();
		assertThat(taskService.getIdentityLinksForTask(decision.getId())).extracting(link -> link.getGroupId())
			.containsExactly("team-leader");
		assertThat(runtimeService.getVariables(decision.getProcessInstanceId()))
			.containsEntry(RECUSED_HANDLER, "xixi-officer-2").containsEntry(RECUSAL_REASON, "承办人与当事人系近亲属")
			.containsEntry(RECUSAL_REQUESTED_BY, "PARTY");
		assertThat(driver.task(caseNo, TASK_INVESTIGATE)).isNotNull();
	}

	@Test
	void shouldReplaceTheHandlerWhenTheHeadGrantsTheRequest() throws Exception {
		// given
		String caseNo = investigating();
		request("xixi-officer-1", caseNo, partyRequest("xixi-officer-2"));

		// when
		taskService.claim(driver.task(caseNo, TASK_DECIDE_RECUSAL).getId(), "team-leader");
		driver.complete(caseNo, TASK_DECIDE_RECUSAL, Variables.createVariables().putValue(RECUSAL_GRANTED, "true")
			.putValue(REPLACEMENT_HANDLER, "xixi-leader"));

		// then
		assertThat(driver.record(caseNo).handlerIds()).containsExactly("xixi-officer-1", "xixi-leader");
	}

	@Test
	void shouldAnswer409WhenTheCaseIsNotUnderInvestigation() throws Exception {
		// given: the filing waits for the squad leader
		String caseNo = driver.open();

		// when
		HttpResponse<String> response = request("xixi-officer-1", caseNo, partyRequest("xixi-officer-2"));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
		assertThat(driver.task(caseNo, TASK_DECIDE_RECUSAL)).isNull();
	}

	@Test
	void shouldAnswer404WhenTheCaseIsUnknown() throws Exception {
		// when
		HttpResponse<String> response = request("xixi-officer-1", "西湖综执立〔2026〕第9999号", partyRequest("xixi-officer-2"));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
	}

	@Test
	void shouldAnswer400NamingTheFieldWhenTheReasonIsMissingOrTheHandlerIsNotOfTheCase() throws Exception {
		// given
		String caseNo = investigating();

		// when
		HttpResponse<String> noReason = request("xixi-officer-1", caseNo,
				"{\"recusedHandler\":\"xixi-officer-2\",\"requestedBy\":\"PARTY\"}");
		HttpResponse<String> notHandler = request("xixi-officer-1", caseNo, partyRequest("xihu-officer-1"));

		// then
		assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
		assertThat(fields(noReason)).containsExactly("reason");
		assertThat(notHandler.statusCode()).as(notHandler.body()).isEqualTo(400);
		assertThat(fields(notHandler)).containsExactly("recusedHandler");
		assertThat(driver.task(caseNo, TASK_DECIDE_RECUSAL)).isNull();
	}

	@Test
	void shouldAnswer403WhenAnAuxiliaryOrAnAuditorRecordsTheRequest() throws Exception {
		// given
		String caseNo = investigating();

		// when
		HttpResponse<String> auxiliary = request("xixi-aux", caseNo, partyRequest("xixi-officer-2"));
		HttpResponse<String> auditor = request("auditor", caseNo, partyRequest("xixi-officer-2"));

		// then
		assertThat(auxiliary.statusCode()).as(auxiliary.body()).isEqualTo(403);
		assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(403);
		assertThat(driver.task(caseNo, TASK_DECIDE_RECUSAL)).isNull();
	}

	@Test
	void shouldAnswer404WhenAnOfficerOfAnotherSquadRecordsTheRequest() throws Exception {
		// given
		String caseNo = investigating();

		// when
		HttpResponse<String> response = request("xihu-officer-1", caseNo, partyRequest("xixi-officer-2"));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
	}

	private String investigating() {
		String caseNo = driver.open();
		driver.file(caseNo, "xixi-officer-1", "xixi-officer-2");
		return caseNo;
	}

	private HttpResponse<String> request(String userId, String caseNo, String body) {
		String path = "/api/v1/cases/" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8).replace("+", "%20")
				+ "/recusals";
		return ApiClient.as(port, userId).post(path, body);
	}

	private static String partyRequest(String handler) {
		return """
				{"recusedHandler":"%s","reason":"承办人与当事人系近亲属","requestedBy":"PARTY"}""".formatted(handler);
	}

	private static Iterable<String> fields(HttpResponse<String> response) throws Exception {
		JsonNode errors = JSON.readTree(response.body()).get("errors");
		return errors.findValuesAsText("field");
	}

}

package org.zhifa.casefile;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.enforcement.DecisionExecutionProcess.Elements.TASK_DECIDE_DEFERRAL;

/**
 * {@code POST /api/v1/cases/{caseNo}/payment-deferrals} against real cases: taken by the execution waiting for the
 * fine (the team leader's decision follows), 409 when no execution waits, 400 naming every missing field, 403 for an
 * officer of another squad and for an auxiliary, 404 for an unknown case.
 */
@ZhifaIntegrationTest
class PaymentDeferralApiIT {

	static final String VALID = """
			{"kind": "INSTALMENTS", "reason": "经营困难", "requestedUntil": "2026-12-31",
			 "requestedInstalments": 3, "receivedAt": "%s"}""";

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

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
	void shouldHandTheApplicationToTheTeamLeaderWhenTheFineIsAwaited() {
		// given
		String caseNo = driver.open();
		driver.decideAndServe(caseNo, 300);

		// when
		HttpResponse<String> response = post("xixi-officer-1", caseNo, VALID.formatted(CaseDriver.today()));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		assertThat(driver.task(caseNo, TASK_DECIDE_DEFERRAL)).isNotNull();
	}

	@Test
	void shouldAnswer409WhenNoFineIsAwaited() {
		// given
		String caseNo = driver.open();

		// when
		HttpResponse<String> response = post("xixi-officer-1", caseNo, VALID.formatted(CaseDriver.today()));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
	}

	@Test
	void shouldNameEveryMissingFieldWhenTheApplicationIsIncomplete() {
		// given
		String caseNo = driver.open();

		// when
		HttpResponse<String> response = post("xixi-officer-1", caseNo, "{\"kind\": \"INSTALMENTS\"}");

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"reason\"", "\"requestedUntil\"", "\"requestedInstalments\"",
				"\"receivedAt\"");
	}

	@Test
	void shouldRefuseAnOfficerOfAnotherSquadAndAnAuxiliary() {
		// given
		String caseNo = driver.open();
		driver.decideAndServe(caseNo, 300);

		// when
		HttpResponse<String> otherSquad = post("xihu-officer-1", caseNo, VALID.formatted(CaseDriver.today()));
		HttpResponse<String> auxiliary = post("xixi-aux", caseNo, VALID.formatted(CaseDriver.today()));

		// then: another squad does not even see the case
		assertThat(otherSquad.statusCode()).isEqualTo(404);
		assertThat(auxiliary.statusCode()).isEqualTo(403);
		assertThat(driver.task(caseNo, TASK_DECIDE_DEFERRAL)).isNull();
	}

	@Test
	void shouldAnswer404ForAnUnknownCase() {
		// when
		HttpResponse<String> response = post("team-leader", "西湖综执立〔2026〕第9998号",
				VALID.formatted(CaseDriver.today()));

		// then
		assertThat(response.statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> post(String user, String caseNo, String json) {
		return ApiClient.as(port, user).post("/api/v1/cases/" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8)
				.replace("+", "%20") + "/payment-deferrals", json);
	}

}

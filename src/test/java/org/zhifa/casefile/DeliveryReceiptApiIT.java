package org.zhifa.casefile;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.E_DELIVERY_CONSENT;
import static org.zhifa.casefile.PenaltyCaseProcess.SERVED_AT;
import static org.zhifa.casefile.PenaltyCaseProcess.SERVICE_METHOD;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_SERVE_DECISION;

/**
 * {@code POST /api/v1/deliveries/receipts} against real cases: a decision sent electronically counts as served when
 * its receipt arrives; a second receipt, or one for a decision not sent electronically, is a 409; an unknown decision
 * a 404; an incomplete receipt a 400 naming the fields; anyone but the platform's account a 403.
 */
@ZhifaIntegrationTest
class DeliveryReceiptApiIT {

	static final String PATH = "/api/v1/deliveries/receipts";

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
	void shouldServeTheDecisionWhenItsReceiptArrives() {
		// given
		String caseNo = sentElectronically();
		String decisionNo = driver.record(caseNo).decisionNo();
		OffsetDateTime arrived = OffsetDateTime.now().withNano(0);

		// when
		HttpResponse<String> first = platform().post(PATH, receipt(decisionNo, "R-1-" + caseNo, arrived));
		HttpResponse<String> again = platform().post(PATH, receipt(decisionNo, "R-1-" + caseNo, arrived));

		// then
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains(caseNo);
		CaseRecord record = driver.record(caseNo);
		assertThat(record.state()).isEqualTo(CaseState.SERVED);
		assertThat(record.servedAt()).isEqualTo(arrived.toInstant());
		assertThat(again.statusCode()).isEqualTo(409);
	}

	@Test
	void shouldAnswer409WhenTheDecisionWasNotSentElectronically() {
		// given
		String caseNo = driver.open();
		driver.decideAndServe(caseNo, 300);

		// when
		HttpResponse<String> response = platform().post(PATH,
				receipt(driver.record(caseNo).decisionNo(), "R-2-" + caseNo, OffsetDateTime.now()));

		// then
		assertThat(response.statusCode()).isEqualTo(409);
	}

	@Test
	void shouldAnswer404ForAnUnknownDecisionAnd400NamingTheMissingFields() {
		// when
		HttpResponse<String> unknown = platform().post(PATH, receipt("西湖综执罚〔2026〕第9997号", "R-3",
				OffsetDateTime.now()));
		HttpResponse<String> incomplete = platform().post(PATH, "{}");

		// then
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("\"documentNo\"", "\"receiptId\"", "\"deliveredAt\"");
	}

	@Test
	void shouldRefuseAnOfficerWhoIsNotThePlatform() {
		// given
		String caseNo = sentElectronically();

		// when
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1").post(PATH,
				receipt(driver.record(caseNo).decisionNo(), "R-4-" + caseNo, OffsetDateTime.now()));

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(driver.record(caseNo).state()).isNotEqualTo(CaseState.SERVED);
	}

	private String sentElectronically() {
		String caseNo = driver.open();
		driver.decide(caseNo, 300);
		driver.complete(caseNo, TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "ELECTRONIC")
			.putValue(E_DELIVERY_CONSENT, true).putValue(SERVED_AT, CaseDriver.today()));
		return caseNo;
	}

	private ApiClient platform() {
		return ApiClient.as(port, "epay-platform");
	}

	private static String receipt(String decisionNo, String receiptId, OffsetDateTime at) {
		return "{\"documentNo\": \"" + decisionNo + "\", \"receiptId\": \"" + receiptId
				+ "\", \"deliveredAt\": \"" + at + "\"}";
	}

}

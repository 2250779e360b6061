package org.zhifa.casefile;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_APPROVE_CLOSURE;
import static org.zhifa.enforcement.DecisionExecutionProcess.Elements.TASK_AWAIT_PAYMENT;

/**
 * {@code POST /api/v1/payments/notifications} against a real case waiting for its fine: the engine, the case record
 * and the local payment platform are all real.
 */
@ZhifaIntegrationTest
class PaymentNotificationApiIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String PATH = "/api/v1/payments/notifications";

	static final int FINE = 300;

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	Cases cases;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PaymentPlatform platform;

	CaseDriver driver;

	@BeforeEach
	void setUp() {
		driver = new CaseDriver(taskService, managementService, cases, events);
	}

	@Test
	void shouldRecordPaymentAndMoveCaseToClosureWhenCaseAndAmountMatch() throws Exception {
		// given
		String caseNo = awaitingPayment();
		String decisionNo = driver.record(caseNo).decisionNo();

		// when
		HttpResponse<String> response = platform().post(PATH, notification(decisionNo, "300.00", "TX-1-" + caseNo));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode receipt = JSON.readTree(response.body());
		assertThat(receipt.get("caseNo").asText()).isEqualTo(caseNo);
		assertThat(receipt.get("correlated").asBoolean()).isTrue();
		assertThat(receipt.get("duplicate").asBoolean()).isFalse();
		assertThat(driver.record(caseNo).state()).isEqualTo(CaseState.PAID);
		assertThat(driver.record(caseNo).paidAt()).isNotNull();
		assertThat(platform.transaction("TX-1-" + caseNo).orElseThrow().paymentCode())
			.isEqualTo(platform.orderOf(decisionNo).orElseThrow().paymentCode());
		assertThat(driver.task(caseNo, TASK_APPROVE_CLOSURE)).isNotNull();
	}

	@Test
	void shouldRefuseWithConflictAndRecordNothingWhenAmountDiffers() throws Exception {
		// given
		String caseNo = awaitingPayment();
		String decisionNo = driver.record(caseNo).decisionNo();

		// when
		HttpResponse<String> response = platform().post(PATH, notification(decisionNo, "30.00", "TX-2-" + caseNo));

		// then
		assertThat(response.statusCode()).isEqualTo(409);
		assertStillAwaitingPayment(caseNo, decisionNo);
	}

	@Test
	void shouldAnswerNotFoundWhenDecisionNumberIsUnknown() {
		// when
		HttpResponse<String> response = platform().post(PATH,
				notification("西湖综执罚〔2026〕第9999号-" + System.nanoTime(), "300", "TX-3-" + System.nanoTime()));

		// then
		assertThat(response.statusCode()).isEqualTo(404);
	}

	@Test
	void shouldAnswerTheSameReceiptAgainWhenNotificationIsRepeated() throws Exception {
		// given
		String caseNo = awaitingPayment();
		String decisionNo = driver.record(caseNo).decisionNo();
		String body = notification(decisionNo, "300", "TX-4-" + caseNo);
		platform().post(PATH, body);
		String paidAt = String.valueOf(driver.record(caseNo).paidAt());

		// when
		HttpResponse<String> repeated = platform().post(PATH, body);

		// then
		assertThat(repeated.statusCode()).isEqualTo(200);
		JsonNode receipt = JSON.readTree(repeated.body());
		assertThat(receipt.get("duplicate").asBoolean()).isTrue();
		assertThat(receipt.get("decisionNo").asText()).isEqualTo(decisionNo);
		assertThat(String.valueOf(driver.record(caseNo).paidAt())).isEqualTo(paidAt);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNo).list())
			.extracting(task -> task.getTaskDefinitionKey()).containsExactly(TASK_APPROVE_CLOSURE);
	}

	@Test
	void shouldRefuseWithConflictWhenAnotherTransactionPaysAPaidDecision() {
		// given
		String caseNo = awaitingPayment();
		String decisionNo = driver.record(caseNo).decisionNo();
		platform().post(PATH, notification(decisionNo, "300", "TX-5-" + caseNo));

		// when
		HttpResponse<String> second = platform().post(PATH, notification(decisionNo, "300", "TX-6-" + caseNo));

		// then
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(platform.transaction("TX-5-" + caseNo).orElseThrow().paymentCode())
			.isEqualTo(platform.orderOf(decisionNo).orElseThrow().paymentCode());
	}

	@Test
	void shouldRefuseAndRecordNothingWhenCallerIsNoPaymentPlatform() {
		// given
		String caseNo = awaitingPayment();
		String decisionNo = driver.record(caseNo).decisionNo();

		// when
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1").post(PATH,
				notification(decisionNo, "300", "TX-7-" + caseNo));

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertStillAwaitingPayment(caseNo, decisionNo);
	}

	private String awaitingPayment() {
		String caseNo = driver.open();
		driver.decideAndServe(caseNo, FINE);
		assertThat(waitingActivities(caseNo)).contains(TASK_AWAIT_PAYMENT);
		return caseNo;
	}

	private void assertStillAwaitingPayment(String caseNo, String decisionNo) {
		assertThat(waitingActivities(caseNo)).contains(TASK_AWAIT_PAYMENT);
		assertThat(driver.record(caseNo).state()).isNotEqualTo(CaseState.PAID);
		assertThat(driver.record(caseNo).paidAt()).isNull();
		PaymentPlatform.PaymentOrder order = platform.orderOf(decisionNo).orElseThrow();
		assertThat(order.paid()).isFalse();
		assertThat(order.amount()).isEqualByComparingTo(BigDecimal.valueOf(FINE));
	}

	private List<String> waitingActivities(String caseNo) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
			.flatMap(instance -> runtimeService.getActiveActivityIds(instance.getId()).stream())
			.toList();
	}

	private ApiClient platform() {
		return ApiClient.as(port, "epay-platform");
	}

	private static String notification(String decisionNo, String amount, String transactionId) {
		return """
				{"decisionNo":"%s","amount":%s,"transactionId":"%s"}""".formatted(decisionNo, amount, transactionId);
	}

}

package org.zhifa.casefile;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.intake.OutboxRelay;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_APPROVE_FILING;

/**
 * From a clue verified through the API to its case: the case opens with {@code PenaltyCaseProcess}, shows through
 * {@code GET /api/v1/cases/{caseNo}} to its squad only, masks the parties' identity numbers and lists the open tasks
 * with their due dates; and when the case is closed, the clue's source hears the outcome in its inbox.
 */
@ZhifaIntegrationTest
class CaseApiIT {

	static final ObjectMapper JSON = new ObjectMapper();

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRelay outboxRelay;

	CaseDriver driver;

	@BeforeEach
	void setUp() {
		driver = new CaseDriver(taskService, managementService, cases, events);
	}

	@Test
	void shouldOpenCaseAwaitingFilingApprovalWhenVerificationFilesClue() throws Exception {
		// given
		String clueNo = registered(xixi(), patrol("西溪湿地蒋村 " + System.nanoTime()));

		// when
		verifyAndFile("xixi-officer-1", clueNo);

		// then
		String caseNo = caseOf(clueNo);
		assertThat(caseNo).matches("西湖综执立〔\\d{4}〕第\\d{4}号");
		JsonNode view = JSON.readTree(xixi().get(path(caseNo)).body());
		assertThat(view.get("state").asText()).isEqualTo("OPENED");
		assertThat(view.get("squad").asText()).isEqualTo("squad-xixi");
		assertThat(view.get("clueNo").asText()).isEqualTo(clueNo);
		assertThat(view.get("processInstanceId").asText()).isNotBlank();
		assertThat(driver.task(caseNo, TASK_APPROVE_FILING)).isNotNull();
	}

	@Test
	void shouldHideCaseFromOfficerOfAnotherSquad() throws Exception {
		// given
		String clueNo = registered(xixi(), patrol("西溪湿地五常 " + System.nanoTime()));
		verifyAndFile("xixi-officer-1", clueNo);
		String caseNo = caseOf(clueNo);

		// when
		HttpResponse<String> otherSquad = ApiClient.as(port, "xihu-officer-1").get(path(caseNo));

		// then
		assertThat(otherSquad.statusCode()).isEqualTo(404);
		assertThat(ApiClient.as(port, "xixi-officer-2").get(path(caseNo)).statusCode()).isEqualTo(200);
		assertThat(ApiClient.as(port, "team-leader").get(path(caseNo)).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldMaskIdentityNumbersAndShowDueDatesWhenCaseIsFiled() throws Exception {
		// given
		String clueNo = registered(xixi(), patrol("西溪湿地河渚 " + System.nanoTime()));
		verifyAndFile("xixi-officer-1", clueNo);
		String caseNo = caseOf(clueNo);
		driver.file(caseNo, "xixi-officer-1", "xixi-officer-2");

		// when
		HttpResponse<String> response = xixi().get(path(caseNo));

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(CaseDriver.citizenId());
		JsonNode view = JSON.readTree(response.body());
		String id = CaseDriver.citizenId();
		assertThat(view.at("/parties/0/idNumber").asText())
			.isEqualTo(id.substring(0, 6) + "**********" + id.substring(16));
		assertThat(view.get("state").asText()).isEqualTo("INVESTIGATING");
		assertThat(view.get("handlers")).extracting(JsonNode::asText)
			.containsExactly("xixi-officer-1", "xixi-officer-2");
		assertThat(view.at("/dates/decisionDueAt").asText()).isNotBlank();
		assertThat(view.get("openTasks")).isNotEmpty().allSatisfy(task -> {
			assertThat(task.get("name").asText()).isNotBlank();
			assertThat(task.get("due").isNull()).as("due date of %s", task).isFalse();
		});
	}

	@Test
	void shouldSendOutcomeToDepartmentThatTransferredClueWhenCaseIsClosed() throws Exception {
		// given
		ApiClient liaison = ApiClient.as(port, "liaison");
		String clueNo = registered(liaison, departmentTransfer());
		verifyAndFile("xihu-officer-1", clueNo);
		String caseNo = caseOf(clueNo);
		assertThat(driver.record(caseNo).squad()).isEqualTo("squad-xihu");
		driver.file(caseNo, "xihu-officer-1", "xihu-officer-2");
		driver.report(caseNo, 500);
		driver.concludeWithoutPenalty(caseNo);

		// when
		driver.close(caseNo);
		relayOutbox();

		// then
		assertThat(driver.record(caseNo).state()).isEqualTo(CaseState.ARCHIVED);
		JsonNode inbox = JSON.readTree(liaison.get("/api/v1/inbox").body());
		assertThat(inbox.findValuesAsText("subject")).contains("案件办理结果 " + caseNo);
		assertThat(inbox.toString()).contains(clueNo, "不予行政处罚");
	}

	private String registered(ApiClient client, String clue) throws Exception {
		String boundary = "zhifa-boundary";
		HttpResponse<String> response = client.send(client.request("/api/v1/clues")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, clue))));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String clueNo = JSON.readTree(response.body()).get("clueNo").asText();
		runClueJobs(clueNo);
		return clueNo;
	}

	private void verifyAndFile(String userId, String clueNo) {
		ApiClient officer = ApiClient.as(port, userId);
		Task verify = taskService.createTaskQuery().processInstanceBusinessKey(clueNo).singleResult();
		officer.post("/engine-rest/task/" + verify.getId() + "/claim", "{\"userId\":\"" + userId + "\"}");
		HttpResponse<String> completed = officer.post("/engine-rest/task/" + verify.getId() + "/complete", """
				{"variables":{"verificationOutcome":{"value":"FILE","type":"String"},
				 "verificationNotes":{"value":"现场核实，确有违法行为","type":"String"},
				 "procedure":{"value":"ORDINARY","type":"String"}}}""");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		runClueJobs(clueNo);
	}

	private void runClueJobs(String clueNo) {
		String instanceId = jdbc.sql("SELECT process_instance_id FROM clue WHERE clue_no = ?").param(clueNo)
			.query(String.class).single();
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = managementService.createJobQuery().processInstanceId(instanceId).executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	/** Delivers the outbox now, as its scheduler would. */
	private void relayOutbox() {
		outboxRelay.relay();
	}

	private String caseOf(String clueNo) {
		return cases.findByClueNo(clueNo).orElseThrow(() -> new AssertionError("no case for " + clueNo)).caseNo();
	}

	private ApiClient xixi() {
		return ApiClient.as(port, "xixi-officer-1");
	}

	private static String path(String caseNo) {
		return "/api/v1/cases/" + java.net.URLEncoder.encode(caseNo, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String patrol(String location) {
		return """
				{"source":"PATROL","lineArea":"URBAN_MANAGEMENT","areaCode":"XIXI_PARK","territorial":true,
				 "occurredAt":"2026-11-20T09:30:00+08:00","location":"%s","description":"占道经营，摊位三处"}"""
			.formatted(location);
	}

	private static String departmentTransfer() {
		long unique = System.nanoTime();
		return """
				{"source":"DEPARTMENT_TRANSFER","lineArea":"URBAN_MANAGEMENT","areaCode":"XIHU_STREET","territorial":true,
				 "sourceUnit":"XIHU_STREET_OFFICE","sourceReference":"西街移〔2026〕%d号",
				 "occurredAt":"2026-11-21T10:00:00+08:00","location":"北山街%d号","description":"占道经营，堆放杂物"}"""
			.formatted(unique % 1000, unique % 1000);
	}

	private static byte[] multipart(String boundary, String clueJson) {
		String text = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"clue\"\r\nContent-Type: application/json\r\n\r\n" + clueJson
				+ "\r\n--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"evidence\"; filename=\"现场.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n移送材料\r\n--" + boundary + "--\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

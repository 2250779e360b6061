package org.zhifa.intake;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clue from registration through the real process, decisions, calendar and outbox to its outcome, through the API
 * as the officers, liaisons and receiving bodies use it.
 */
@ZhifaIntegrationTest
class ClueIntakeApiIT {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRelay relay;

	@Test
	void shouldRegisterRouteAndOfferVerificationToTheSquadOfThePlace() throws Exception {
		// when
		HttpResponse<String> response = officer().post("/api/v1/clues", patrol("西溪湿地周家村入口 " + System.nanoTime()));

		// then
		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode answer = JSON.readTree(response.body());
		String clueNo = answer.get("clueNo").asText();
		assertThat(clueNo).matches("XS\\d{4}-\\d{6}");
		assertThat(answer.get("handlingBody").asText()).isEqualTo("COMPREHENSIVE");
		assertThat(answer.get("squad").asText()).isEqualTo("squad-xixi");
		assertThat(answer.get("catalogueVersion").asInt()).isPositive();
		assertThat(answer.get("processInstanceId").asText()).isNotBlank();
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/clues/" + clueNo);

		runJobs(clueNo);
		JsonNode clue = JSON.readTree(officer().get("/api/v1/clues/" + clueNo).body());
		assertThat(clue.get("state").asText()).isEqualTo("VERIFYING");
		assertThat(clue.at("/routing/rules").size()).isPositive();
		assertThat(clue.at("/openTasks/0/name").asText()).isEqualTo("核查线索");
		assertThat(clue.at("/openTasks/0/candidateGroup").asText()).isEqualTo("squad-xixi");
		assertThat(clue.at("/openTasks/0/due").asText()).isNotBlank();
	}

	@Test
	void shouldHideClueFromOfficerOfAnotherSquad() throws Exception {
		String clueNo = registerAndRoute(patrol("西溪湿地深潭口 " + System.nanoTime()));

		assertThat(ApiClient.as(port, "xihu-officer-1").get("/api/v1/clues/" + clueNo).statusCode()).isEqualTo(404);
		assertThat(ApiClient.as(port, "xixi-officer-2").get("/api/v1/clues/" + clueNo).statusCode()).isEqualTo(200);
		assertThat(ApiClient.as(port, "auditor").get("/api/v1/clues/" + clueNo).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerTheFirstResultWhenRetriedWithTheSameKey() throws Exception {
		String body = patrol("西溪湿地河渚街 " + System.nanoTime());
		long before = clueCount();

		HttpResponse<String> first = officer().send(withKey(body, "retry-" + System.nanoTime()));
		HttpResponse<String> retry = officer().send(withKey(body, keyOf(first.request())));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(retry.statusCode()).isEqualTo(201);
		assertThat(clueNoOf(retry)).isEqualTo(clueNoOf(first));
		assertThat(clueCount()).isEqualTo(before + 1);
	}

	@Test
	void shouldRefuseTheSameKeyForADifferentRequest() {
		String key = "reuse-" + System.nanoTime();
		officer().send(withKey(patrol("西溪湿地烟水渔庄 " + System.nanoTime()), key));

		HttpResponse<String> reused = officer().send(withKey(patrol("另一个地点 " + System.nanoTime()), key));

		assertThat(reused.statusCode()).isEqualTo(409);
	}

	@Test
	void shouldLinkTheSameMatterAtTheSamePlaceToTheOpenClue() throws Exception {
		String place = "西溪湿地福堤 " + System.nanoTime();
		String first = clueNoOf(officer().post("/api/v1/clues", patrol(place)));
		long before = clueCount();

		HttpResponse<String> second = ApiClient.as(port, "xixi-aux").post("/api/v1/clues", patrol(place));

		assertThat(second.statusCode()).isEqualTo(200);
		JsonNode answer = JSON.readTree(second.body());
		assertThat(answer.get("clueNo").asText()).isEqualTo(first);
		assertThat(answer.get("linked").asBoolean()).isTrue();
		assertThat(clueCount()).isEqualTo(before);
		assertThat(JSON.readTree(officer().get("/api/v1/clues/" + first).body()).get("linkedReports").size())
			.isEqualTo(1);
	}

	@Test
	void shouldStoreEvidenceWithItsHashSizeAndType() throws Exception {
		String boundary = "zhifa-boundary";
		byte[] multipart = multipart(boundary, patrol("西溪湿地高庄 " + System.nanoTime()), "abc");

		HttpResponse<String> response = officer().send(officer().request("/api/v1/clues")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart)));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode evidence = JSON.readTree(officer().get("/api/v1/clues/" + clueNoOf(response)).body()).at("/evidence/0");
		assertThat(evidence.get("sha256").asText())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(evidence.get("sizeBytes").asLong()).isEqualTo(3);
		assertThat(evidence.get("contentType").asText()).isEqualTo("image/jpeg");
		assertThat(evidence.get("fileName").asText()).isEqualTo("现场.jpg");
	}

	@Test
	void shouldRefuseIncompleteVerificationNamingTheFieldAndFileWhenComplete() throws Exception {
		String clueNo = registerAndRoute(patrol("西溪湿地五常港 " + System.nanoTime()));
		Task verify = taskOf(clueNo);
		ApiClient officer = officer();
		officer.post("/engine-rest/task/" + verify.getId() + "/claim", "{\"userId\":\"xixi-officer-1\"}");

		HttpResponse<String> incomplete = officer.post("/engine-rest/task/" + verify.getId() + "/complete",
				variables("verificationOutcome", "NOT_FILE", "verificationNotes", "现场核实"));
		HttpResponse<String> complete = officer.post("/engine-rest/task/" + verify.getId() + "/complete",
				variables("verificationOutcome", "FILE", "verificationNotes", "现场核实，确有占道经营", "procedure",
						"ORDINARY"));
		runJobs(clueNo);

		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(incomplete.body()).contains("notFiledReason");
		assertThat(complete.statusCode()).isEqualTo(204);
		JsonNode clue = JSON.readTree(officer.get("/api/v1/clues/" + clueNo).body());
		assertThat(clue.get("state").asText()).isEqualTo("FILED");
		assertThat(clue.at("/outcome/procedure").asText()).isEqualTo("ORDINARY");
	}

	@Test
	void shouldTransferToTheProfessionalTeamAndTellTheSenderTheOutcome() throws Exception {
		String clueNo = registerAndRoute(departmentTransfer("MARKET_REGULATION"));
		relay.relay();

		HttpResponse<String> feedback = ApiClient.as(port, "market-officer")
			.post("/api/v1/clues/" + clueNo + "/transfer-feedback", "{\"feedback\":\"已立案查处\"}");
		runJobs(clueNo);
		relay.relay();

		assertThat(feedback.statusCode()).isEqualTo(204);
		JsonNode clue = JSON.readTree(ApiClient.as(port, "liaison").get("/api/v1/clues/" + clueNo).body());
		assertThat(clue.get("state").asText()).isEqualTo("CLOSED");
		assertThat(clue.at("/outcome/transferLetterNo").asText()).isEqualTo("YS-" + clueNo);
		assertThat(inboxSubjects("market-officer")).anyMatch(subject -> subject.contains("YS-" + clueNo));
		assertThat(inboxSubjects("liaison")).contains("线索办理结果 " + clueNo);
	}

	@Test
	void shouldRefuseTransferFeedbackFromAnotherBody() throws Exception {
		String clueNo = registerAndRoute(departmentTransfer("MARKET_REGULATION"));

		HttpResponse<String> feedback = ApiClient.as(port, "xixi-officer-1")
			.post("/api/v1/clues/" + clueNo + "/transfer-feedback", "{\"feedback\":\"冒充反馈\"}");

		assertThat(feedback.statusCode()).isEqualTo(403);
	}

	private String registerAndRoute(String body) throws Exception {
		HttpResponse<String> response = body.contains("DEPARTMENT_TRANSFER") ? liaisonWithEvidence(body)
				: officer().post("/api/v1/clues", body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String clueNo = clueNoOf(response);
		runJobs(clueNo);
		return clueNo;
	}

	private HttpResponse<String> liaisonWithEvidence(String body) {
		String boundary = "zhifa-boundary";
		ApiClient liaison = ApiClient.as(port, "liaison");
		return liaison.send(liaison.request("/api/v1/clues")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, body, "移送材料"))));
	}

	private void runJobs(String clueNo) {
		String instanceId = jdbc.sql("SELECT process_instance_id FROM clue WHERE clue_no = ?").param(clueNo)
			.query(String.class).single();
		for (int round = 0; round < 10; round++) {
			// Executable jobs only: the transfer's reminder timer is days away.
			List<Job> jobs = managementService.createJobQuery().processInstanceId(instanceId).executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	private Task taskOf(String clueNo) {
		return taskService.createTaskQuery().processInstanceBusinessKey(clueNo).singleResult();
	}

	private List<String> inboxSubjects(String userId) throws Exception {
		JsonNode inbox = JSON.readTree(ApiClient.as(port, userId).get("/api/v1/inbox").body());
		return inbox.findValuesAsText("subject");
	}

	private long clueCount() {
		return jdbc.sql("SELECT COUNT(*) FROM clue").query(Long.class).single();
	}

	private ApiClient officer() {
		return ApiClient.as(port, "xixi-officer-1");
	}

	private HttpRequest.Builder withKey(String body, String key) {
		return officer().request("/api/v1/clues").header("Content-Type", "application/json")
			.header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private static String keyOf(HttpRequest request) {
		return request.headers().firstValue("Idempotency-Key").orElseThrow();
	}

	private static String clueNoOf(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body()).get("clueNo").asText();
	}

	static String patrol(String location) {
		return """
				{"source":"PATROL","lineArea":"URBAN_MANAGEMENT","areaCode":"XIXI_PARK","territorial":true,
				 "occurredAt":"2026-11-20T09:30:00+08:00","location":"%s","description":"占道经营，摊位三处"}"""
			.formatted(location);
	}

	static String departmentTransfer(String lineArea) {
		return """
				{"source":"DEPARTMENT_TRANSFER","lineArea":"%s","areaCode":"XIHU_STREET",
				 "sourceUnit":"XIHU_STREET_OFFICE","sourceReference":"西街移〔2026〕%d号",
				 "occurredAt":"2026-11-21T10:00:00+08:00","location":"龙井路%d号","description":"销售无标识茶叶"}"""
			.formatted(lineArea, System.nanoTime() % 1000, System.nanoTime() % 1000);
	}

	static String variables(String... pairs) {
		StringBuilder json = new StringBuilder("{\"variables\":{");
		for (int i = 0; i < pairs.length; i += 2) {
			json.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":{\"value\":\"").append(pairs[i + 1])
				.append("\",\"type\":\"String\"}");
		}
		return json.append("}}").toString();
	}

	static byte[] multipart(String boundary, String clueJson, String fileContent) {
		String text = "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"clue\"\r\nContent-Type: application/json\r\n\r\n" + clueJson
				+ "\r\n--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"evidence\"; filename=\"现场.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n" + fileContent + "\r\n--" + boundary + "--\r\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

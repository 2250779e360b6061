package org.zhifa.casefile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * {@code POST /api/v1/cases/{caseNo}/evidence}: a handler adds a file, stored by its SHA-256 and shown in the case
 * file; a missing file or description is a 400 naming the fields; an auxiliary is refused (403), an officer of
 * another squad does not see the case (404).
 */
@ZhifaIntegrationTest
class CaseEvidenceApiIT {

	static final ObjectMapper JSON = new ObjectMapper();

	static final String BOUNDARY = "zhifa-evidence";

	/** SHA-256 of "abc" (FIPS 180-2 test vector). */
	static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

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
	void shouldStoreTheFileByItsHashAndShowItInTheCaseFile() throws Exception {
		// given
		String caseNo = driver.open();
		driver.file(caseNo, "xixi-officer-1", "xixi-officer-2");

		// when
		HttpResponse<String> response = upload("xixi-officer-1", caseNo, "abc", "现场照片，占道经营");

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode file = JSON.readTree(ApiClient.as(port, "xixi-officer-1").get(path(caseNo)).body())
			.at("/sections/evidenceFiles/0");
		assertThat(file.get("sha256").asText()).isEqualTo(ABC_SHA256);
		assertThat(file.get("sizeBytes").asLong()).isEqualTo(3);
		assertThat(file.get("fileName").asText()).isEqualTo("现场.jpg");
		assertThat(file.get("collectedBy").asText()).isEqualTo("xixi-officer-1");
	}

	@Test
	void shouldNameTheMissingDescription() throws Exception {
		// given
		String caseNo = driver.open();

		// when
		HttpResponse<String> response = upload("xixi-officer-1", caseNo, "abc", null);

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"description\"");
	}

	@Test
	void shouldRefuseAnAuxiliaryAndHideTheCaseFromAnotherSquad() throws Exception {
		// given
		String caseNo = driver.open();

		// when
		HttpResponse<String> auxiliary = upload("xixi-aux", caseNo, "abc", "照片");
		HttpResponse<String> otherSquad = upload("xihu-officer-1", caseNo, "abc", "照片");

		// then
		assertThat(auxiliary.statusCode()).isEqualTo(403);
		assertThat(otherSquad.statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> upload(String user, String caseNo, String content, String description)
			throws Exception {
		ApiClient client = ApiClient.as(port, user);
		return client.send(client.request(path(caseNo) + "/evidence")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(content, description))));
	}

	private static String path(String caseNo) {
		return "/api/v1/cases/" + URLEncoder.encode(caseNo, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static byte[] multipart(String content, String description) throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (description != null) {
			body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
					+ description + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"现场.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n" + content + "\r\n--" + BOUNDARY + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

}

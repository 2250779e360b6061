package org.zhifa.intake;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every validation rule of {@code POST /api/v1/clues} answers 400 naming the field, and registers nothing.
 */
@ZhifaIntegrationTest
class ClueRegistrationValidationIT {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			source missing             | "source":null                       | source
			unknown source             | "source":"RUMOUR"                   | -
			area missing               | "areaCode":null                     | areaCode
			unknown area               | "areaCode":"MOON"                   | areaCode
			occurredAt missing         | "occurredAt":null                   | occurredAt
			occurredAt in the future   | "occurredAt":"2099-01-01T08:00:00+08:00" | occurredAt
			location blank             | "location":" "                      | location
			description missing        | "description":null                  | description
			unknown line area          | "lineArea":"ASTROLOGY"              | lineArea
			unknown item code          | "itemCode":"NO-SUCH-ITEM"           | itemCode
			bad complainant phone      | "complainantPhone":"12345"          | complainantPhone
			""")
	void shouldRefuseInvalidFieldNamingIt(String rule, String override, String field) {
		HttpResponse<String> response = officer().post("/api/v1/clues", patrolWith(override));

		assertThat(response.statusCode()).as(rule).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		if (!"-".equals(field)) {
			assertThat(response.body()).as(rule).contains("\"field\":\"" + field + "\"");
		}
	}

	@Test
	void shouldRequireSenderReferenceAndEvidenceForDepartmentTransfer() {
		HttpResponse<String> response = ApiClient.as(port, "liaison").post("/api/v1/clues",
				patrolWith("\"source\":\"DEPARTMENT_TRANSFER\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"sourceUnit\"", "\"field\":\"sourceReference\"",
				"\"field\":\"evidence\"");
	}

	@Test
	void shouldRequireDeviceAndRecordForNonSiteCapture() {
		HttpResponse<String> response = officer().post("/api/v1/clues", patrolWith("\"source\":\"NON_SITE_CAPTURE\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"deviceId\"", "\"field\":\"capturedRecordId\"");
	}

	@Test
	void shouldRequirePhoneWhenAReplyIsOwed() {
		HttpResponse<String> response = officer().post("/api/v1/clues",
				patrolWith("\"source\":\"COMPLAINT\",\"replyOwed\":true"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"complainantPhone\"");
	}

	@Test
	void shouldRequireDispatchNumberAndKnownSender() {
		HttpResponse<String> response = ApiClient.as(port, "dispatcher").post("/api/v1/clues",
				patrolWith("\"source\":\"COMMAND_DISPATCH\",\"sourceUnit\":\"NOWHERE\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"sourceUnit\"", "\"field\":\"sourceReference\"");
	}

	@Test
	void shouldReportEveryErrorAtOnce() {
		HttpResponse<String> response = officer().post("/api/v1/clues",
				patrolWith("\"areaCode\":\"MOON\",\"lineArea\":\"ASTROLOGY\""));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"areaCode\"", "\"field\":\"lineArea\"");
	}

	@Test
	void shouldRefuseRolesThatDoNotRegisterClues() {
		HttpResponse<String> response = ApiClient.as(port, "auditor").post("/api/v1/clues", patrolWith(""));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldRefuseAnonymousCaller() {
		assertThat(ApiClient.anonymous(port).post("/api/v1/clues", patrolWith("")).statusCode()).isEqualTo(401);
	}

	private ApiClient officer() {
		return ApiClient.as(port, "xixi-officer-1");
	}

	/** A valid patrol clue, with one field replaced or added. */
	static String patrolWith(String override) {
		String base = """
				"source":"PATROL","lineArea":"URBAN_MANAGEMENT","areaCode":"XIXI_PARK",\
				"occurredAt":"2026-11-20T09:30:00+08:00","location":"西溪湿地周家村入口",\
				"description":"占道经营，摊位三处\"""";
		if (override.isEmpty()) {
			return "{" + base + "}";
		}
		String key = override.substring(0, override.indexOf(':'));
		String kept = java.util.Arrays.stream(base.split(",(?=\")"))
			.filter(pair -> !pair.startsWith(key))
			.reduce((a, b) -> a + "," + b).orElse("");
		return "{" + kept + "," + override + "}";
	}

}

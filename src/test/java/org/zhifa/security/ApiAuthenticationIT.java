package org.zhifa.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhifaIntegrationTest
class ApiAuthenticationIT {

	@LocalServerPort
	int port;

	@Test
	void shouldRefuseEngineRestWithoutCredentials() {
		HttpResponse<String> response = ApiClient.anonymous(port).get("/engine-rest/task");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue(ApiAuthenticationFilter.REALM);
	}

	@Test
	void shouldRefuseOurApiWithoutCredentials() {
		HttpResponse<String> response = ApiClient.anonymous(port).get("/api/v1/api-docs");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void shouldRefuseMetricsWithoutCredentials() {
		assertThat(ApiClient.anonymous(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
		assertThat(ApiClient.as(port, "auditor").get("/actuator/metrics").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldAnswerOurApiWhenAuthenticated() {
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1").get("/api/v1/api-docs");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("openapi");
	}

	@Test
	void shouldAnswerEngineRestWhenAuthenticated() {
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1").get("/engine-rest/task");

		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseWrongPasswordWithoutRevealingWhetherTheUserExists() {
		HttpResponse<String> wrongPassword = ApiClient.as(port, "xihu-officer-2", "wrong").get("/engine-rest/task");
		HttpResponse<String> unknownUser = ApiClient.as(port, "nobody-here", "wrong").get("/engine-rest/task");

		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(unknownUser.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
	}

	@Test
	void shouldRefuseMalformedBasicCredentials() {
		HttpResponse<String> response = ApiClient.anonymous(port)
			.send(ApiClient.anonymous(port).request("/engine-rest/task").header("Authorization", "Basic %%%"));

		assertThat(response.statusCode()).isEqualTo(401);
	}

}

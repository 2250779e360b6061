package org.zhifa.platform;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhifaIntegrationTest
class WebappsIT {

	@LocalServerPort
	int port;

	@Test
	void shouldServeEveryWebapp() {
		ApiClient browser = ApiClient.anonymous(port);

		for (String app : new String[] { "welcome", "tasklist", "cockpit", "admin" }) {
			HttpResponse<String> page = browser.get("/camunda/app/" + app + "/default/");

			assertThat(page.statusCode()).as(app).isEqualTo(200);
			assertThat(page.body()).as(app).contains("<html");
		}
	}

	@Test
	void shouldShowTheProductNameInTheWebappHeader() {
		HttpResponse<String> config = ApiClient.anonymous(port).get("/camunda/app/tasklist/scripts/config.js");

		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("vendor: '西湖西溪综合行政执法'", "name: '任务列表'", "fallbackLocale: 'en'");
	}

	@Test
	void shouldHideTheEndOfLifeBanner() {
		HttpResponse<String> styles = ApiClient.anonymous(port).get("/camunda/app/cockpit/styles/user-styles.css");

		assertThat(styles.statusCode()).isEqualTo(200);
		assertThat(styles.body()).contains(".ce-eol-banner").contains("display: none");
	}

	@Test
	void shouldReportHealthWithoutCredentials() {
		HttpResponse<String> health = ApiClient.anonymous(port).get("/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

}

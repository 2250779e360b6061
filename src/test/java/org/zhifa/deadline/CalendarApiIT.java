package org.zhifa.deadline;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/calendar/deadline} and the administrators' view of the holiday data.
 */
@ZhifaIntegrationTest
class CalendarApiIT {

	@LocalServerPort
	int port;

	@Autowired
	CalendarHealthIndicator healthIndicator;

	@Autowired
	StatutoryCalendar calendar;

	@Test
	void shouldAnswerDueDayWhenParametersAreValid() {
		HttpResponse<String> response = officer().get(deadline("2026-09-30", "7", "WORKING_DAYS"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"due\":\"2026-10-15\",\"provisional\":false}");
	}

	@Test
	void shouldMoveCalendarPeriodToWorkingDayWhenItEndsOnHoliday() {
		HttpResponse<String> response = officer().get(deadline("2026-02-01", "15", "CALENDAR_DAYS"));

		assertThat(response.body()).isEqualTo("{\"due\":\"2026-02-24\",\"provisional\":false}");
	}

	@Test
	void shouldMarkDueDayProvisionalWhenYearHasNoData() {
		HttpResponse<String> response = officer().get(deadline("2026-12-31", "1", "WORKING_DAYS"));

		assertThat(response.body()).isEqualTo("{\"due\":\"2027-01-01\",\"provisional\":true}");
	}

	@Test
	void shouldNameFromWhenDateIsMalformed() {
		HttpResponse<String> response = officer().get(deadline("2026-02-30", "7", "WORKING_DAYS"));

		assertBadRequestNaming(response, "from");
	}

	@Test
	void shouldNameAmountWhenOutOfRange() {
		assertBadRequestNaming(officer().get(deadline("2026-02-01", "-1", "WORKING_DAYS")), "amount");
		assertBadRequestNaming(officer().get(deadline("2026-02-01", "3651", "WORKING_DAYS")), "amount");
		assertBadRequestNaming(officer().get(deadline("2026-02-01", "seven", "WORKING_DAYS")), "amount");
	}

	@Test
	void shouldNameUnitWhenNotWorkingOrCalendarDays() {
		assertBadRequestNaming(officer().get(deadline("2026-02-01", "7", "HOURS")), "unit");
		assertBadRequestNaming(officer().get(deadline("2026-02-01", "7", "working_days")), "unit");
	}

	@Test
	void shouldNameEveryBadParameterWhenSeveralAreBad() {
		HttpResponse<String> response = officer().get(deadline("yesterday", "x", "WEEKS"));

		assertBadRequestNaming(response, "from");
		assertThat(response.body()).contains("\"field\":\"amount\"").contains("\"field\":\"unit\"");
	}

	@Test
	void shouldNameMissingParameterWhenItIsLeftOut() {
		HttpResponse<String> response = officer().get("/api/v1/calendar/deadline?from=2026-02-01&amount=7");

		assertBadRequestNaming(response, "unit");
	}

	@Test
	void shouldAskForCredentialsWhenUnauthenticated() {
		HttpResponse<String> response = ApiClient.anonymous(port).get(deadline("2026-09-30", "7", "WORKING_DAYS"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
	}

	@Test
	void shouldListNamedPeriodsWhenAsked() {
		HttpResponse<String> response = officer().get("/api/v1/calendar/periods");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"name\":\"hearingRequest\"").contains("第六十四条");
	}

	@Test
	void shouldShowCoverageToAdministratorWhenAsked() {
		HttpResponse<String> response = ApiClient.as(port, "admin").get("/api/v1/calendar/coverage");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"coveredYears\":[2025,2026]").contains("\"missingYears\":");
	}

	@Test
	void shouldRefuseCoverageAndReloadWhenCallerIsNoAdministrator() {
		HttpResponse<String> coverage = officer().get("/api/v1/calendar/coverage");
		HttpResponse<String> reload = officer().send(officer().request("/api/v1/calendar/reload")
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(coverage.statusCode()).isEqualTo(403);
		assertThat(reload.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldReloadHolidayFileWhenAdministratorAsks() {
		ApiClient admin = ApiClient.as(port, "process-admin");

		HttpResponse<String> reload = admin.send(admin.request("/api/v1/calendar/reload")
			.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(reload.statusCode()).isEqualTo(200);
		assertThat(reload.body()).contains("\"coveredYears\":[2025,2026]");
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
	}

	@Test
	void shouldReportMissingYearsInHealthWhenCurrentOrNextYearHasNoData() {
		int year = LocalDate.now(DeadlineModels.SHANGHAI).getYear();
		List<Integer> expectedMissing = IntStream.of(year, year + 1)
			.filter(candidate -> candidate != 2025 && candidate != 2026).boxed().toList();

		Health health = healthIndicator.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("coveredYears", List.of(2025, 2026))
			.containsEntry("missingYears", expectedMissing)
			.containsEntry("provisional", !expectedMissing.isEmpty());
	}

	private ApiClient officer() {
		return ApiClient.as(port, "xixi-officer-1");
	}

	private static String deadline(String from, String amount, String unit) {
		return "/api/v1/calendar/deadline?from=" + from + "&amount=" + amount + "&unit=" + unit;
	}

	private static void assertBadRequestNaming(HttpResponse<String> response, String parameter) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"" + parameter + "\"");
	}

}

package org.zhifa.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An administrator adds a year to the holiday file and reloads it, without a release.
 */
class CalendarAdministrationTest {

	private final StatutoryCalendar calendar = Calendars.shipped();

	private final IdentityService identityService = mock(IdentityService.class);

	@Test
	void shouldCoverNewYearWhenAdministratorReloadsExtendedFile() {
		signedIn("process-admin", "process-admin");

		CalendarCoverage coverage = administration("classpath:deadline/holidays-extended.csv").reload();

		assertThat(coverage.coveredYears()).containsExactly(2026, 2027);
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 12, 31), 1).provisional()).isFalse();
	}

	@Test
	void shouldKeepLoadedDataWhenReloadedFileHasMistake() {
		signedIn("admin", "camunda-admin");
		CalendarAdministration administration = administration("classpath:deadline/holidays-broken.csv");

		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(administration::reload)
			.satisfies(ex -> assertThat(ex.errors().get(0).field()).isEqualTo("holidayFile"))
			.withMessageContaining("line 3");
		assertThat(calendar.coveredYears()).containsExactly(2025, 2026);
	}

	@Test
	void shouldRefuseReloadWhenCallerIsNoAdministrator() {
		signedIn("xixi-officer-1", "squad-xixi", "officer");
		CalendarAdministration administration = administration("classpath:deadline/holidays-extended.csv");

		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(administration::reload);
		assertThatExceptionOfType(ForbiddenException.class).isThrownBy(administration::coverage);
		assertThat(calendar.coveredYears()).containsExactly(2025, 2026);
	}

	private CalendarAdministration administration(String holidayFile) {
		DeadlineProperties properties = new DeadlineProperties(holidayFile, "classpath:calendar/periods.yml", "", 2,
				ZoneId.of("Asia/Shanghai"));
		return new CalendarAdministration(calendar, properties, identityService);
	}

	private void signedIn(String userId, String... groups) {
		when(identityService.getCurrentAuthentication()).thenReturn(new Authentication(userId, List.of(groups)));
	}

}

package org.zhifa.deadline;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StatutoryPeriodsTest {

	private static final ClassPathResource SHIPPED = new ClassPathResource("calendar/periods.yml");

	private static final Predicate<String> LINE_AREAS = Set.of("HOUSING_CONSTRUCTION", "MARKET_REGULATION",
			"URBAN_MANAGEMENT")::contains;

	private final StatutoryPeriods periods = PeriodFile.read(SHIPPED, null, LINE_AREAS);

	@Test
	void shouldShipStatutoryPeriodsWithTheirArticlesWhenLoaded() {
		assertPeriod("hearingRequest", 5, PeriodUnit.WORKING_DAYS, "第六十四条");
		assertPeriod("hearingNotice", 7, PeriodUnit.WORKING_DAYS, "第六十四条");
		assertPeriod("serviceOfDecision", 7, PeriodUnit.WORKING_DAYS, "第六十一条");
		assertPeriod("evidencePreservationDecision", 7, PeriodUnit.WORKING_DAYS, "第五十六条");
		assertPeriod("paymentPeriod", 15, PeriodUnit.CALENDAR_DAYS, "第六十七条");
		assertPeriod("decisionLimit", 90, PeriodUnit.CALENDAR_DAYS, "第六十条");
		assertPeriod("seizureTerm", 30, PeriodUnit.CALENDAR_DAYS, "第二十五条");
		assertPeriod("onTheSpotFineHandover", 2, PeriodUnit.WORKING_DAYS, "第七十一条");
		assertPeriod("publicationWithdrawal", 3, PeriodUnit.WORKING_DAYS, "第四十八条");
		assertPeriod("courtApplicationAfterReminder", 10, PeriodUnit.WORKING_DAYS, "第五十四条");
		assertPeriod("publicNoticeService", 30, PeriodUnit.CALENDAR_DAYS, "第九十五条");
		assertPeriod("emergencyMeasureReport", 24, PeriodUnit.HOURS, "第十九条");
	}

	@Test
	void shouldCountShortStatutoryPeriodsInWorkingDaysWhenLawSaysSo() {
		// 行政处罚法 Art 85 (2, 3, 5, 7 days) and 行政强制法 Art 69 (ten days or less) count working days.
		assertThat(periods.all())
			.filteredOn(period -> period.fixed() && period.limit().amount() <= 10)
			.filteredOn(period -> period.limit().unit() == PeriodUnit.CALENDAR_DAYS)
			.isEmpty();
	}

	@Test
	void shouldOfferLocalConventionsAsConfigurableWhenLoaded() {
		assertThat(periods.get("filingLimit").fixed()).isFalse();
		assertThat(periods.get("filingLimit").limitFor(null)).isEqualTo(TimeLimit.workingDays(15));
		assertThat(periods.get("filingLimit").limitFor("HOUSING_CONSTRUCTION")).isEqualTo(TimeLimit.calendarDays(15));
		assertThat(periods.get("filingLimit").limitFor("FINANCE")).isEqualTo(TimeLimit.workingDays(15));
		assertThat(periods.get("statementAndDefence").limit()).isEqualTo(TimeLimit.workingDays(5));
		assertThat(periods.get("decisionLimitExtension").limit()).isEqualTo(TimeLimit.calendarDays(30));
	}

	@Test
	void shouldApplyLocalValuesWhenAdministratorSetsThem() {
		StatutoryPeriods local = PeriodFile.read(SHIPPED, new ClassPathResource("deadline/local-periods.yml"),
				LINE_AREAS);

		assertThat(local.get("filingLimit").limitFor("URBAN_MANAGEMENT")).isEqualTo(TimeLimit.workingDays(10));
		assertThat(local.get("filingLimit").limitFor("HOUSING_CONSTRUCTION")).isEqualTo(TimeLimit.calendarDays(15));
		assertThat(local.get("filingLimit").limit()).isEqualTo(TimeLimit.workingDays(15));
		assertThat(local.get("statementAndDefence").limit()).isEqualTo(TimeLimit.workingDays(7));
		assertThat(local.get("hearingRequest").limit()).isEqualTo(TimeLimit.workingDays(5));
	}

	@Test
	void shouldRefuseLocalValueWhenPeriodIsFixedByLaw() {
		ClassPathResource fixed = new ClassPathResource("deadline/local-periods-fixed.yml");

		assertThatIllegalStateException().isThrownBy(() -> PeriodFile.read(SHIPPED, fixed, LINE_AREAS))
			.withMessageContaining("hearingRequest is fixed by law");
	}

	@Test
	void shouldRefuseUnknownLineAreaWhenLoading() {
		Predicate<String> none = code -> false;

		assertThatIllegalStateException().isThrownBy(() -> PeriodFile.read(SHIPPED, null, none))
			.withMessageContaining("unknown line area HOUSING_CONSTRUCTION");
	}

	@Test
	void shouldFailLoudlyWhenPeriodNameIsUnknown() {
		assertThatIllegalArgumentException().isThrownBy(() -> periods.get("hearingRequst"))
			.withMessageContaining("hearingRequst");
	}

	private void assertPeriod(String name, int amount, PeriodUnit unit, String article) {
		StatutoryPeriod period = periods.get(name);
		assertThat(period.limit()).as(name).isEqualTo(new TimeLimit(amount, unit));
		assertThat(period.fixed()).as(name).isTrue();
		assertThat(period.article()).as(name).contains(article);
	}

}

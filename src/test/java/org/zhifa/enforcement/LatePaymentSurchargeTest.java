package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhifa.deadline.DateInterval;
import org.zhifa.deadline.HolidayData;
import org.zhifa.deadline.StatutoryCalendar;
import org.zhifa.enforcement.LatePaymentSurcharge.Surcharge;

import static org.assertj.core.api.Assertions.assertThat;

/** The late-payment surcharge: 3 % of the fine a day after the period, capped at the fine, appeals left out. */
class LatePaymentSurchargeTest {

	static final BigDecimal FINE = new BigDecimal("1000");

	static final LocalDate DUE = LocalDate.of(2026, 3, 17);

	final LatePaymentSurcharge surcharge = new LatePaymentSurcharge(
			new StatutoryCalendar(HolidayData.of(Map.of(), "test")));

	@Test
	void shouldChargeThreePercentADayWhenPaidLate() {
		// when
		Surcharge owed = surcharge.owed(FINE, DUE, LocalDate.of(2026, 3, 20), List.of());

		// then
		assertThat(owed.days()).isEqualTo(3);
		assertThat(owed.amount()).isEqualByComparingTo("90.00");
		assertThat(owed.capped()).isFalse();
	}

	@Test
	void shouldChargeNothingWhenPaidOnTheLastDay() {
		// when
		Surcharge owed = surcharge.owed(FINE, DUE, DUE, List.of());

		// then
		assertThat(owed.days()).isZero();
		assertThat(owed.amount()).isEqualByComparingTo("0.00");
	}

	@Test
	void shouldCapTheSurchargeAtTheFineWhenLateForMonths() {
		// when: 34 days would be 1020 yuan
		Surcharge owed = surcharge.owed(FINE, DUE, DUE.plusDays(34), List.of());

		// then
		assertThat(owed.amount()).isEqualByComparingTo("1000.00");
		assertThat(owed.capped()).isTrue();
	}

	@Test
	void shouldLeaveOutTheDaysAnAppealWasPendingWhenCounting() {
		// when: 10 days late, 4 of them under reconsideration
		Surcharge owed = surcharge.owed(FINE, DUE, LocalDate.of(2026, 3, 27),
				List.of(new DateInterval(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 23))));

		// then
		assertThat(owed.days()).isEqualTo(6);
		assertThat(owed.amount()).isEqualByComparingTo("180.00");
	}

}

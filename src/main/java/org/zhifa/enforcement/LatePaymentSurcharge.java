package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;

import org.springframework.stereotype.Component;
import org.zhifa.deadline.DateInterval;
import org.zhifa.deadline.PeriodUnit;
import org.zhifa.deadline.StatutoryCalendar;

/**
 * The late-payment surcharge (加处罚款): 3 % of the fine for every day after the payment period (行政处罚法 Art 72(1)),
 * never more than the fine itself (行政强制法 Art 45), and not counted while an application for reconsideration or a
 * lawsuit is pending (行政处罚法 Art 73(3)). Amounts are in yuan, rounded to the fen.
 */
@Component
public class LatePaymentSurcharge {

	static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

	private final StatutoryCalendar calendar;

	LatePaymentSurcharge(StatutoryCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The surcharge owed on a day.
	 * @param fine the fine decided
	 * @param dueDay the last day of the payment period; the surcharge runs from the day after
	 * @param asOf the day it is reckoned for (the payment day, the reminder day)
	 * @param paused the days an appeal was pending, both ends included
	 */
	public Surcharge owed(BigDecimal fine, LocalDate dueDay, LocalDate asOf, Collection<DateInterval> paused) {
		long days = calendar.daysElapsed(dueDay, asOf, PeriodUnit.CALENDAR_DAYS, paused);
		BigDecimal uncapped = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days));
		boolean capped = uncapped.compareTo(fine) > 0;
		return new Surcharge(days, (capped ? fine : uncapped).setScale(2, RoundingMode.HALF_UP), capped);
	}

	/**
	 * @param days the days of surcharge counted
	 * @param amount the surcharge in yuan
	 * @param capped whether it reached the amount of the fine, beyond which it does not grow
	 */
	public record Surcharge(long days, BigDecimal amount, boolean capped) {
	}

}

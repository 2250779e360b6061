package org.zhifa.deadline;

import java.util.Objects;

/**
 * An amount of time counted in one unit, such as 5 working days or 90 calendar days.
 *
 * @param amount how many units, zero or more
 * @param unit how they are counted
 */
public record TimeLimit(int amount, PeriodUnit unit) {

	public TimeLimit {
		Objects.requireNonNull(unit, "unit must not be null");
		if (amount < 0) {
			throw new IllegalArgumentException("amount must not be negative: " + amount);
		}
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, PeriodUnit.WORKING_DAYS);
	}

	public static TimeLimit calendarDays(int amount) {
		return new TimeLimit(amount, PeriodUnit.CALENDAR_DAYS);
	}

	@Override
	public String toString() {
		return amount + " " + unit;
	}

}

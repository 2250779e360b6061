package org.zhifa.deadline;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statutory calendar ({@code zhifa.deadline.*}). Locations take {@code classpath:}, {@code file:} or
 * a plain file path.
 *
 * @param holidayFile the holidays and make-up working days, extended by administrators each year
 * @param periodsFile the named periods as released
 * @param localPeriodsFile an administrator's values for the periods not fixed by law, per line area; empty for none
 * @param warningWorkingDays how many working days before the due day an open task is followed up (warned)
 * @param zone the time zone of due dates and follow-up dates
 */
@ConfigurationProperties("zhifa.deadline")
public record DeadlineProperties(@DefaultValue("classpath:calendar/holidays-cn.csv") String holidayFile,
		@DefaultValue("classpath:calendar/periods.yml") String periodsFile, @DefaultValue("") String localPeriodsFile,
		@DefaultValue("2") int warningWorkingDays, @DefaultValue("Asia/Shanghai") ZoneId zone) {

	public DeadlineProperties {
		if (warningWorkingDays < 0) {
			throw new IllegalArgumentException("zhifa.deadline.warning-working-days must not be negative");
		}
	}

}

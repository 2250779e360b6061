package org.zhifa.deadline;

/**
 * How a time limit is counted. The start day (or hour) is never counted.
 */
public enum PeriodUnit {

	/** Days on which offices work: weekends and statutory holidays off, make-up working days on. */
	WORKING_DAYS,

	/** Every day counts; a period ending on a rest day ends on the next working day. */
	CALENDAR_DAYS,

	/** Calendar months, ending on the same day of the month (or the month's last day); rest days as for days. */
	MONTHS,

	/** Calendar years, as months. */
	YEARS,

	/** Clock hours, rest days included (行政强制法 Art 19: report within 24 hours). */
	HOURS

}

package org.zhifa.coercion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhifa.deadline.DateInterval;
import org.zhifa.deadline.StatutoryCalendar;
import org.zhifa.deadline.StatutoryPeriods;
import org.zhifa.deadline.TimeLimit;

import static org.zhifa.coercion.CoerciveMeasureProcess.SEIZURE_EXTENSION_PERIOD;
import static org.zhifa.coercion.CoerciveMeasureProcess.SEIZURE_TERM_PERIOD;

/**
 * The term of a seal-up or seizure on the statutory calendar: {@code seizureTerm} from the day the decision is handed
 * over (not counted), then the extension from the end of that term; the testing, inspection, quarantine or appraisal
 * days are not counted in either, and a term ending on a rest day ends on the next working day (行政强制法 Arts 25,
 * 69).
 */
@Component
class SeizureTerms {

	private final StatutoryCalendar calendar;

	private final StatutoryPeriods periods;

	SeizureTerms(StatutoryCalendar calendar, StatutoryPeriods periods) {
		this.calendar = calendar;
		this.periods = periods;
	}

	/** The last day of the term. */
	LocalDate end(LocalDate start, Integer extensionDays, List<DateInterval> excluded) {
		LocalDate end = calendar.due(start, periods.get(SEIZURE_TERM_PERIOD).limit(), excluded).due();
		if (extensionDays != null) {
			end = calendar.due(end, TimeLimit.calendarDays(extensionDays), excluded).due();
		}
		return end;
	}

	/** The longest extension the law allows (30 days, Art 25(1)). */
	int maximumExtensionDays() {
		return periods.get(SEIZURE_EXTENSION_PERIOD).limit().amount();
	}

}

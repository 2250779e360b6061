package org.zhifa.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.zhifa.deadline.DateInterval;
import org.zhifa.process.Values;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * End of {@code CallActivity_Hearing} (听证): the days from the party's request to the end of the hearing do not count
 * towards the decision limit (行政处罚法 Art 60, with the sector rules that leave hearing time out); writes the new
 * {@code decisionDueAt} and moves the open tasks and the pending warning with it. Idempotent: the limit is counted
 * again from the filing.
 */
@Component("excludeHearingTimeListener")
class ExcludeHearingTimeListener implements ExecutionListener {

	private final CaseService cases;

	private final DecisionLimitChange limitChange;

	ExcludeHearingTimeListener(CaseService cases, DecisionLimitChange limitChange) {
		this.cases = cases;
		this.limitChange = limitChange;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String caseNo = (String) execution.getVariable(CASE_NO);
		Date previous = (Date) execution.getVariable(DECISION_DUE_AT);
		Instant due = cases.excludeFromDecisionLimit(caseNo, hearingDays(execution));

		execution.setVariable(DECISION_DUE_AT, Date.from(due));
		limitChange.apply(caseNo, execution.getProcessInstanceId(), previous, Date.from(due));
	}

	private static DateInterval hearingDays(DelegateExecution execution) {
		LocalDate requested = Values.instant(execution.getVariable(HEARING_REQUESTED_AT)).atZone(Values.ZONE)
			.toLocalDate();
		LocalDate ended = ClockUtil.getCurrentTime().toInstant().atZone(Values.ZONE).toLocalDate();
		return new DateInterval(requested, ended.isBefore(requested) ? requested : ended);
	}

}

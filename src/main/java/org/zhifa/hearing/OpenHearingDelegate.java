package org.zhifa.hearing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.process.Values;

import static org.zhifa.hearing.HearingProcess.CASE_NO;
import static org.zhifa.hearing.HearingProcess.HEARING_HELD;
import static org.zhifa.hearing.HearingProcess.HEARING_ID;
import static org.zhifa.hearing.HearingProcess.HEARING_REQUESTED_AT;

/**
 * {@code Task_OpenHearing} (登记听证申请): opens the hearing record on the party's request; writes {@code hearingId},
 * and {@code hearingHeld} false until the report is written.
 */
@Component("openHearingDelegate")
class OpenHearingDelegate implements JavaDelegate {

	private final HearingManagement hearings;

	OpenHearingDelegate(HearingManagement hearings) {
		this.hearings = hearings;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = hearings.open((String) execution.getVariable(CASE_NO),
				Values.instant(execution.getVariable(HEARING_REQUESTED_AT)));

		execution.setVariable(HEARING_ID, id);
		execution.setVariable(HEARING_HELD, false);
	}

}

package org.zhifa.hearing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;

import static org.zhifa.hearing.HearingProcess.HEARING_HELD;
import static org.zhifa.hearing.HearingProcess.HEARING_REPORT;

/**
 * Completion of {@code Task_WriteHearingReport} (听证报告): the presiding officer's report on the record, on which the
 * decision is then based (行政处罚法 Art 65). Records it and writes {@code hearingHeld} true for the case.
 */
@Component("writeHearingReportCompletion")
class WriteHearingReportCompletion implements TaskListener {

	private final HearingManagement hearings;

	WriteHearingReportCompletion(HearingManagement hearings) {
		this.hearings = hearings;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		String report = input.requireText(HEARING_REPORT, "请填写听证报告：听证认定的事实、证据和处理意见");
		input.verify();

		hearings.report(ScheduleHearingCompletion.hearingId(task), report);
		task.setVariable(HEARING_HELD, true);
	}

}

package org.zhifa.hearing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.hearing.HearingProcess.Attendance;
import org.zhifa.process.TaskInput;

import static org.zhifa.hearing.HearingProcess.HEARING_RECORD;
import static org.zhifa.hearing.HearingProcess.HEARING_RECORD_SIGNED;
import static org.zhifa.hearing.HearingProcess.PARTY_ATTENDANCE;
import static org.zhifa.hearing.HearingProcess.SIGNATURE_REFUSAL_NOTE;

/**
 * Completion of {@code Task_HoldHearing} (举行听证): whether the party appeared (absence without good reason or leaving
 * without leave waives the hearing, 行政处罚法 Art 64(6)); for a hearing held, the record (听证笔录) and whether the party
 * signed it, or the presiding officer's note of the refusal (Art 64(8)).
 */
@Component("holdHearingCompletion")
class HoldHearingCompletion implements TaskListener {

	private final HearingManagement hearings;

	HoldHearingCompletion(HearingManagement hearings) {
		this.hearings = hearings;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		Attendance attendance = input.requireValue(PARTY_ATTENDANCE, Attendance.class, "请选择当事人出席情况");
		String record = null;
		Boolean signed = null;
		String refusal = null;
		if (attendance == Attendance.APPEARED) {
			record = input.requireText(HEARING_RECORD, "请填写听证笔录要点：调查人员提出的事实、证据和处罚建议，当事人的申辩和质证");
			signed = input.requireFlag(HEARING_RECORD_SIGNED, "请选择当事人或其代理人是否核对并签字");
			if (refusedToSign(input)) {
				refusal = input.requireText(SIGNATURE_REFUSAL_NOTE, "当事人拒绝签字的，由听证主持人在笔录中注明");
			}
		}
		input.verify();

		hearings.hold(ScheduleHearingCompletion.hearingId(task), attendance, record, signed, refusal);
	}

	private static boolean refusedToSign(TaskInput input) {
		return "false".equals(String.valueOf(input.value(HEARING_RECORD_SIGNED)));
	}

}

package org.zhifa.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.deadline.Deadlines;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.hearing.HearingProcess.HEARING_NOTICE_SERVED_AT;
import static org.zhifa.hearing.HearingProcess.HEARING_RESCHEDULED;
import static org.zhifa.hearing.HearingProcess.HEARING_SCHEDULED_AT;

/**
 * Completion of {@code Task_ServeHearingNotice} (送达听证通知书): the notice of the time and place reaches the party at
 * least 7 working days before the hearing (行政处罚法 Art 64(2)); served later, the hearing must be scheduled again
 * ({@code hearingRescheduled}).
 */
@Component("serveHearingNoticeCompletion")
class ServeHearingNoticeCompletion implements TaskListener {

	private final HearingManagement hearings;

	private final Deadlines deadlines;

	ServeHearingNoticeCompletion(HearingManagement hearings, Deadlines deadlines) {
		this.hearings = hearings;
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		if (Values.flag(task.getVariable(HEARING_RESCHEDULED))) {
			return;
		}
		TaskInput input = new TaskInput(task);
		Instant served = Values.instant(input.value(HEARING_NOTICE_SERVED_AT));
		if (served == null) {
			input.add(new FieldError(HEARING_NOTICE_SERVED_AT, "请填写听证通知书的送达日期，无法按期送达的请选择重新安排"));
		}
		else {
			Date latest = deadlines.latestBefore(ScheduleHearingCompletion.HEARING_NOTICE_PERIOD,
					task.getVariable(HEARING_SCHEDULED_AT));
			if (served.isAfter(latest.toInstant())) {
				LocalDate day = latest.toInstant().atZone(Values.ZONE).toLocalDate();
				input.add(new FieldError(HEARING_NOTICE_SERVED_AT, "听证通知书须在举行听证的七个工作日前送达（最迟 " + day
						+ "，行政处罚法第六十四条第二项），请选择重新安排听证"));
			}
		}
		input.verify();

		hearings.noticeServed(ScheduleHearingCompletion.hearingId(task), served);
	}

}

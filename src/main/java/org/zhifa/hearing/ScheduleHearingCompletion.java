package org.zhifa.hearing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.zhifa.deadline.Deadlines;
import org.zhifa.hearing.HearingProcess.NonPublicReason;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.hearing.HearingProcess.*;

/**
 * Completion of {@code Task_ScheduleHearing} (安排听证): the presiding officer (not an investigator of the case), the
 * time, leaving room to notify the party at least 7 working days before (行政处罚法 Art 64(2)), the place, public or not
 * and why not (Art 64(3)), at most two agents (Art 64(5)). Records the schedule and writes {@code hearingScheduledAt}
 * for the hearing-day timer.
 */
@Component("scheduleHearingCompletion")
class ScheduleHearingCompletion implements TaskListener {

	static final String HEARING_NOTICE_PERIOD = "hearingNotice";

	static final int MAXIMUM_AGENTS = 2;

	private final HearingManagement hearings;

	private final HearingParticipants participants;

	private final Deadlines deadlines;

	ScheduleHearingCompletion(HearingManagement hearings, HearingParticipants participants, Deadlines deadlines) {
		this.hearings = hearings;
		this.participants = participants;
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		String presiding = input.requireText(PRESIDING_OFFICER, "请指定听证主持人");
		if (presiding != null) {
			participants.presidingProblem(presiding, task).ifPresent(problem -> input.add(
					new FieldError(PRESIDING_OFFICER, problem)));
		}
		Instant at = hearingAt(input);
		String place = input.requireText(HEARING_PLACE, "请填写听证地点");
		boolean publicHearing = input.requireFlag(PUBLIC_HEARING, "请选择是否公开举行");
		NonPublicReason reason = publicHearing ? null
				: input.requireValue(NON_PUBLIC_REASON, NonPublicReason.class, "不公开举行的，须涉及国家秘密、商业秘密或者个人隐私");
		String agents = agents(input);
		input.verify();

		hearings.schedule(hearingId(task), new Hearing.Schedule(presiding, Values.text(input.value(HEARING_RECORDER)),
				at, place, publicHearing, reason, agents));
		task.setVariable(HEARING_SCHEDULED_AT, Date.from(at));
		task.setVariable(HEARING_RESCHEDULED, false);
	}

	private Instant hearingAt(TaskInput input) {
		Instant at = Values.instant(input.value(HEARING_AT));
		if (at == null) {
			input.add(new FieldError(HEARING_AT, "请填写听证时间"));
			return null;
		}
		Date latestNotice = deadlines.latestBefore(HEARING_NOTICE_PERIOD, Date.from(at));
		LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(Values.ZONE).toLocalDate();
		if (latestNotice.toInstant().atZone(Values.ZONE).toLocalDate().isBefore(today)) {
			input.add(new FieldError(HEARING_AT, "听证日期过近：应当在举行听证的七个工作日前通知当事人（行政处罚法第六十四条第二项）"));
		}
		return at;
	}

	private static String agents(TaskInput input) {
		String text = Values.text(input.value(HEARING_AGENTS));
		if (text == null) {
			return null;
		}
		List<String> agents = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		if (agents.size() > MAXIMUM_AGENTS) {
			input.add(new FieldError(HEARING_AGENTS, "当事人可以委托一至二人代理（行政处罚法第六十四条第五项），每行填写一人"));
		}
		return String.join("\n", agents);
	}

	static long hearingId(DelegateTask task) {
		return ((Number) task.getVariable(HEARING_ID)).longValue();
	}

}

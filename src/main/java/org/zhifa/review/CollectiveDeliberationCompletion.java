package org.zhifa.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.PenaltyCaseProcess.DeliberationConclusion;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.PenaltyCaseProcess.DELIBERATION_ATTENDEES;
import static org.zhifa.casefile.PenaltyCaseProcess.DELIBERATION_CONCLUSION;
import static org.zhifa.casefile.PenaltyCaseProcess.DELIBERATION_HELD_AT;
import static org.zhifa.casefile.PenaltyCaseProcess.DELIBERATION_SUMMARY;

/**
 * Completion of {@code Task_DeliberateCollectively} (集体讨论, 行政处罚法 Art 57(2)): the minutes need the date (not in
 * the future), the attendees with each one's opinion, one a line as {@code 姓名：意见}, at least
 * {@code zhifa.review.deliberation-minimum-attendees} of them (default 3: a deliberation of the organ's leaders, not
 * one person's approval), the conclusion and its summary. Recorded with the round.
 */
@Component("collectiveDeliberationCompletion")
class CollectiveDeliberationCompletion implements TaskListener {

	private final ReviewRecords records;

	private final int minimumAttendees;

	CollectiveDeliberationCompletion(ReviewRecords records,
			@Value("${zhifa.review.deliberation-minimum-attendees:3}") int minimumAttendees) {
		this.records = records;
		this.minimumAttendees = minimumAttendees;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		Instant heldAt = heldAt(input);
		List<CollectiveDeliberation.Attendee> attendees = attendees(input);
		DeliberationConclusion conclusion = input.requireValue(DELIBERATION_CONCLUSION, DeliberationConclusion.class,
				"请选择讨论结论");
		String summary = input.requireText(DELIBERATION_SUMMARY, "请填写讨论结论及理由");
		input.verify();

		records.recordDeliberation(ReviewCompletion.caseNo(task), ReviewCompletion.round(task), heldAt, conclusion,
				summary, attendees, ReviewCompletion.reviewer(task), task.getId());
	}

	private static Instant heldAt(TaskInput input) {
		Instant heldAt = Values.instant(input.value(DELIBERATION_HELD_AT));
		if (heldAt == null) {
			input.add(new FieldError(DELIBERATION_HELD_AT, "请填写讨论日期"));
		}
		else if (heldAt.isAfter(ClockUtil.getCurrentTime().toInstant())) {
			input.add(new FieldError(DELIBERATION_HELD_AT, "讨论日期不得晚于今天"));
		}
		return heldAt;
	}

	private List<CollectiveDeliberation.Attendee> attendees(TaskInput input) {
		List<CollectiveDeliberation.Attendee> attendees = new ArrayList<>();
		String text = Values.text(input.value(DELIBERATION_ATTENDEES));
		for (String line : text == null ? new String[0] : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("[:：]", 2);
			if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
				input.add(new FieldError(DELIBERATION_ATTENDEES, "每行写一名出席人员及其意见，格式为“姓名：意见”：" + line.strip()));
				return attendees;
			}
			attendees.add(new CollectiveDeliberation.Attendee(parts[0].strip(), parts[1].strip()));
		}
		if (attendees.size() < minimumAttendees) {
			input.add(new FieldError(DELIBERATION_ATTENDEES, "集体讨论须至少 " + minimumAttendees + " 名负责人出席并发表意见"));
		}
		return attendees;
	}

}

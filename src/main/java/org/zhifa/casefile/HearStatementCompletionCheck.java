package org.zhifa.casefile;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.deadline.Deadlines;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.PenaltyCaseProcess.HEARING_REQUESTED;
import static org.zhifa.casefile.PenaltyCaseProcess.HEARING_REQUESTED_AT;
import static org.zhifa.casefile.PenaltyCaseProcess.HEARING_RIGHT;
import static org.zhifa.casefile.PenaltyCaseProcess.NOTICE_SERVED_AT;
import static org.zhifa.casefile.PenaltyCaseProcess.STATEMENT;
import static org.zhifa.casefile.PenaltyCaseProcess.STATEMENT_MADE;

/**
 * Completion check of {@code Task_HearStatement} (听取陈述申辩): whether the party stated or defended, with what they
 * said; and a hearing request only where the party has the hearing right, made within the 5 working days after the
 * prior notice (行政处罚法 Art 64(1)).
 */
@Component("hearStatementCompletionCheck")
class HearStatementCompletionCheck implements TaskListener {

	static final String HEARING_REQUEST_PERIOD = "hearingRequest";

	private final Deadlines deadlines;

	HearStatementCompletionCheck(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		if (input.requireFlag(STATEMENT_MADE, "请选择当事人是否陈述申辩")) {
			input.requireText(STATEMENT, "请记录当事人陈述申辩的内容");
		}
		if (Values.flag(input.value(HEARING_REQUESTED))) {
			checkHearingRequest(input);
		}
		input.verify();
	}

	private void checkHearingRequest(TaskInput input) {
		if (!Values.flag(input.value(HEARING_RIGHT))) {
			input.add(new FieldError(HEARING_REQUESTED, "本案拟作出的处罚不属于应当告知听证权利的情形（行政处罚法第六十三条）"));
			return;
		}
		Instant requestedAt = Values.instant(input.value(HEARING_REQUESTED_AT));
		Object noticeServedAt = input.value(NOTICE_SERVED_AT);
		Instant served = Values.instant(noticeServedAt);
		if (requestedAt == null) {
			input.add(new FieldError(HEARING_REQUESTED_AT, "请填写当事人提出听证要求的日期"));
			return;
		}
		Date latest = deadlines.due(HEARING_REQUEST_PERIOD, noticeServedAt);
		if (requestedAt.isAfter(latest.toInstant())) {
			input.add(new FieldError(HEARING_REQUESTED_AT,
					"当事人应当在告知后五个工作日内提出听证要求（行政处罚法第六十四条第一项），本案最后期限为 "
							+ latest.toInstant().atZone(Values.ZONE).toLocalDate()));
		}
		else if (served != null && requestedAt.isBefore(served)) {
			input.add(new FieldError(HEARING_REQUESTED_AT, "听证要求的日期不得早于事先告知书送达日期"));
		}
	}

}

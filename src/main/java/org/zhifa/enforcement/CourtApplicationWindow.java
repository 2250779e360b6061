package org.zhifa.enforcement;

import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.zhifa.deadline.Deadlines;
import org.zhifa.process.Values;

/**
 * When the organ, which has no enforcement power of its own, may apply to the people's court (非诉执行): only after the
 * party let the remedy periods pass, 60 days for reconsideration and 6 months for a lawsuit from the service of the
 * decision, and at least 10 working days after the written reminder was served; and within 3 months after the remedy
 * periods (行政强制法 Arts 53-54; 行政复议法 Art 20; 行政诉讼法 Art 46). An approved deferral or instalments move the
 * start of those 3 months to the end of the deferral (行政处罚法 Art 72(2)).
 */
@Component
public class CourtApplicationWindow {

	static final String RECONSIDERATION = "reconsiderationApplication";

	static final String LAWSUIT = "lawsuit";

	static final String AFTER_REMINDER = "courtApplicationAfterReminder";

	static final String WINDOW = "courtApplicationWindow";

	private final Deadlines deadlines;

	CourtApplicationWindow(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	/**
	 * @param servedAt when the decision counts as served
	 * @param reminderServedAt when the written reminder was served
	 * @param deferredUntil the end of an approved deferral or the last instalment, or {@code null}
	 */
	public Window of(Instant servedAt, Instant reminderServedAt, Instant deferredUntil) {
		Instant remediesEnd = later(end(RECONSIDERATION, servedAt), end(LAWSUIT, servedAt));
		Instant windowStart = deferredUntil == null ? remediesEnd : later(remediesEnd, Values.endOfDay(deferredUntil));

		Instant from = later(deadlines.lapse(AFTER_REMINDER, Date.from(reminderServedAt)).toInstant(),
				windowStart.plusSeconds(1));
		Instant due = end(WINDOW, windowStart);
		return new Window(from, due, remediesEnd);
	}

	private Instant end(String period, Instant from) {
		return deadlines.due(period, Date.from(from)).toInstant();
	}

	private static Instant later(Instant first, Instant second) {
		return first.isAfter(second) ? first : second;
	}

	/**
	 * @param from the first moment the organ may apply
	 * @param due the end of the last day to apply
	 * @param remediesEnd the end of the remedy periods
	 */
	public record Window(Instant from, Instant due, Instant remediesEnd) {

		public boolean contains(Instant at) {
			return !at.isBefore(from) && !at.isAfter(due);
		}

	}

}

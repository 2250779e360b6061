package org.zhifa.review;

import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.organisation.StaffRegister;
import org.zhifa.process.TaskActor;
import org.zhifa.security.TaskRefusedException;

import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_1;
import static org.zhifa.casefile.PenaltyCaseProcess.HANDLER_2;

/**
 * Separation of duties on {@code Task_ReviewLegality}, on claim and on completion: a handler of the case never
 * reviews it, and a person giving a legal review for the first time must hold the legal qualification (法律职业资格,
 * 行政处罚法 Art 58(2)), a flag of the staff register. A refusal is a {@link TaskRefusedException} (403).
 */
@Component("legalReviewerGuard")
class LegalReviewerGuard implements TaskListener {

	private final ReviewRecords records;

	private final StaffRegister staff;

	LegalReviewerGuard(ReviewRecords records, StaffRegister staff) {
		this.records = records;
		this.staff = staff;
	}

	@Override
	public void notify(DelegateTask task) {
		String reviewer = TaskActor.of(task);
		if (reviewer == null) {
			return;
		}

		if (isHandler(task, reviewer)) {
			throw new TaskRefusedException("本案承办人不得担任本案的法制审核人员：" + reviewer);
		}
		if (!records.hasReviewedLegality(reviewer) && !qualified(reviewer)) {
			throw new TaskRefusedException("初次从事行政处罚决定法制审核的人员须取得法律职业资格（行政处罚法第五十八条第二款）："
					+ reviewer);
		}
	}

	private static boolean isHandler(DelegateTask task, String reviewer) {
		return Stream.of(task.getVariable(HANDLER_1), task.getVariable(HANDLER_2)).filter(Objects::nonNull)
			.map(handler -> String.valueOf(handler).strip()).anyMatch(reviewer::equals);
	}

	private boolean qualified(String reviewer) {
		return staff.find(reviewer).map(StaffRegister.StaffFacts::legalQualification).orElse(false);
	}

}

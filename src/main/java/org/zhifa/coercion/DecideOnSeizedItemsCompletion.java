package org.zhifa.coercion;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.coercion.CoerciveMeasure.Outcome;
import org.zhifa.coercion.CoerciveMeasureProcess.Disposal;
import org.zhifa.coercion.CoerciveMeasureProcess.TestingKind;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.coercion.CoerciveMeasureProcess.*;

/**
 * Completion of {@code Task_DecideOnSeizedItems} (查封扣押处理决定), within the term (行政强制法 Art 27): release,
 * confiscation carried into the penalty decision, destruction; or, still within the term, an extension of at most
 * {@code seizureTermExtension} days, once, for the head to approve (Art 25(1)); or testing, inspection, quarantine or
 * appraisal, whose fixed period, notified to the party, is not counted in the term (Art 25(3)).
 */
@Component("decideOnSeizedItemsCompletion")
class DecideOnSeizedItemsCompletion implements TaskListener {

	private final CoerciveMeasureManagement measures;

	private final SeizureTerms terms;

	DecideOnSeizedItemsCompletion(CoerciveMeasureManagement measures, SeizureTerms terms) {
		this.measures = measures;
		this.terms = terms;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		Disposal disposal = input.requireValue(DISPOSAL, Disposal.class, "请选择处理决定");
		if (disposal == null) {
			input.verify();
		}
		CoerciveMeasure measure = measures.measure(MeasureVariables.measureId(task));
		switch (disposal) {
			case EXTEND -> extension(task, input, measure);
			case TESTING -> testing(task, input, measure);
			case CONFISCATE -> conclude(input, measure, Outcome.CONFISCATED, "请填写没收的依据（转入行政处罚决定）");
			case DESTROY -> conclude(input, measure, Outcome.DESTROYED, "请填写应当销毁的法律依据和销毁方式");
			case RELEASE -> input.verify();
		}
	}

	private void extension(DelegateTask task, TaskInput input, CoerciveMeasure measure) {
		if (measure.extensionDays() != null) {
			input.add(new FieldError(DISPOSAL, "查封、扣押期限只能延长一次（行政强制法第二十五条第一款）"));
		}
		input.requireText(EXTENSION_REASON, "请填写情况复杂需要延长的理由");
		Long days = wholeNumber(input.value(EXTENSION_DAYS));
		int maximum = terms.maximumExtensionDays();
		if (days == null || days < 1 || days > maximum) {
			input.add(new FieldError(EXTENSION_DAYS, "延长期限不得超过" + maximum + "日（行政强制法第二十五条第一款）"));
		}
		input.verify();

		task.setVariable(EXTENSION_DAYS, days.intValue());
	}

	private void testing(DelegateTask task, TaskInput input, CoerciveMeasure measure) {
		TestingKind kind = input.requireValue(TESTING_KIND, TestingKind.class, "请选择检测、检验、检疫或者技术鉴定");
		LocalDate start = MeasureVariables.day(input.value(TESTING_START));
		LocalDate end = MeasureVariables.day(input.value(TESTING_END));
		if (start == null || start.isBefore(measure.termStart()) || start.isAfter(measure.termEnd())) {
			input.add(new FieldError(TESTING_START, "检测等期间须在查封、扣押期限内开始（" + measure.termStart() + " 至 "
					+ measure.termEnd() + "）"));
		}
		if (end == null || start != null && end.isBefore(start)) {
			input.add(new FieldError(TESTING_END, "请填写确定的检测等期间的最后一日（不早于开始日）"));
		}
		LocalDate notified = CarryOutMeasureCompletion.notAfterToday(input, TESTING_NOTIFIED_AT,
				"检测等期间应当书面告知当事人（行政强制法第二十五条第三款），请填写告知日期");
		input.verify();

		CoerciveMeasure moved = measures.addTesting(measure.id(), new TestingInterval(kind, start, end, notified));
		MeasureVariables.writeTerm(task, moved.termEnd());
	}

	private void conclude(TaskInput input, CoerciveMeasure measure, Outcome outcome, String message) {
		String note = input.requireText(DISPOSAL_NOTE, message);
		input.verify();

		measures.conclude(measure.id(), outcome, note);
	}

	private static Long wholeNumber(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue() == number.longValue() ? number.longValue() : null;
		}
		String text = Values.text(value);
		return text != null && text.matches("\\d{1,4}") ? Long.valueOf(text) : null;
	}

}

package org.zhifa.coercion;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.coercion.CoerciveMeasureProcess.PartySignature;
import org.zhifa.deadline.Deadlines;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.coercion.CoerciveMeasureProcess.*;

/**
 * Completion of {@code Task_CarryOutMeasure} (现场实施并交付文书): the number and date of the decision (查封扣押决定书)
 * or notice (先行登记保存通知书), the list of items, when both were handed to the party on the spot (行政强制法
 * Art 24), and the party's signature, the note of its refusal, or the witness for an absent party (Art 18(8)-(9)).
 * Starts the term of a seal-up or seizure, or the 7 working days of preserved evidence; after an emergency, completing
 * this step is the report to the head, in time or not within 24 hours (Art 19).
 */
@Component("carryOutMeasureCompletion")
class CarryOutMeasureCompletion implements TaskListener {

	private final CoerciveMeasureManagement measures;

	private final Deadlines deadlines;

	CarryOutMeasureCompletion(CoerciveMeasureManagement measures, Deadlines deadlines) {
		this.measures = measures;
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		String documentNo = input.requireText(DOCUMENT_NO, "请填写决定书或通知书文号");
		LocalDate documentDate = notAfterToday(input, DOCUMENT_DATE, "请填写文书日期（不得晚于今天）");
		String items = input.requireText(MEASURE_ITEMS, "请填写清单：每行一项，写明名称和数量");
		Instant handedOverAt = handedOverAt(input);
		PartySignature signature = input.requireValue(PARTY_SIGNATURE, PartySignature.class, "请选择当事人签名情况");
		String note = signature == null || signature == PartySignature.SIGNED ? null
				: input.requireText(SIGNATURE_NOTE, signature == PartySignature.REFUSED ? "当事人拒绝签名的，请在笔录中注明"
						: "当事人不到场的，请填写签名的见证人");
		input.verify();

		Instant now = CoerciveMeasureManagement.now();
		boolean emergency = Values.flag(task.getVariable(EMERGENCY));
		Boolean inTime = emergency ? !now.isAfter(deadlines.due(EMERGENCY_REPORT_PERIOD,
				task.getVariable(MEASURE_TAKEN_AT)).toInstant()) : null;
		CoerciveMeasure measure = measures.carryOut(MeasureVariables.measureId(task), new CoerciveMeasure.OnSite(
				documentNo, documentDate, items, handedOverAt, signature, note), emergency ? now : null, inTime);
		if (measure.kind().hasTerm()) {
			MeasureVariables.writeTerm(task, measure.termEnd());
		}
		else {
			task.setVariable(PRESERVED_AT, handedOverAt.atZone(Values.ZONE).toLocalDate().toString());
		}
	}

	private static Instant handedOverAt(TaskInput input) {
		Instant at = Values.instant(input.value(HANDED_OVER_AT));
		if (at == null || at.isAfter(CoerciveMeasureManagement.now())) {
			input.add(new FieldError(HANDED_OVER_AT, "请填写当场交付决定书（通知书）和清单的时间（不得晚于现在）"));
		}
		return at;
	}

	static LocalDate notAfterToday(TaskInput input, String variable, String message) {
		LocalDate day = MeasureVariables.day(input.value(variable));
		if (day == null || day.isAfter(MeasureVariables.today())) {
			input.add(new FieldError(variable, message));
		}
		return day;
	}

}

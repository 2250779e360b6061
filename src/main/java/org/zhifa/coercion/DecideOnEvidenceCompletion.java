package org.zhifa.coercion;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.coercion.CoerciveMeasure.Outcome;
import org.zhifa.coercion.CoerciveMeasureProcess.EvidenceDisposal;
import org.zhifa.process.TaskInput;

import static org.zhifa.coercion.CoerciveMeasureProcess.EVIDENCE_DISPOSAL;
import static org.zhifa.coercion.CoerciveMeasureProcess.EVIDENCE_DISPOSAL_NOTE;

/**
 * Completion of {@code Task_DecideOnEvidence} (先行登记保存处理决定), within 7 working days (行政处罚法 Art 56): the
 * evidence recorded or copied, tested, sent for appraisal, to be seized (then the head approves the seizure), or
 * released. Records the first three as the outcome.
 */
@Component("decideOnEvidenceCompletion")
class DecideOnEvidenceCompletion implements TaskListener {

	private static final Map<EvidenceDisposal, Outcome> OUTCOMES = Map.of(EvidenceDisposal.RECORD_OR_COPY,
			Outcome.RECORDED_OR_COPIED, EvidenceDisposal.TESTING, Outcome.TESTED, EvidenceDisposal.APPRAISAL,
			Outcome.APPRAISED);

	private final CoerciveMeasureManagement measures;

	DecideOnEvidenceCompletion(CoerciveMeasureManagement measures) {
		this.measures = measures;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		EvidenceDisposal disposal = input.requireValue(EVIDENCE_DISPOSAL, EvidenceDisposal.class, "请选择处理决定");
		String note = input.requireText(EVIDENCE_DISPOSAL_NOTE, "请填写处理决定的内容和依据");
		input.verify();

		Outcome outcome = OUTCOMES.get(disposal);
		if (outcome != null) {
			measures.conclude(MeasureVariables.measureId(task), outcome, note);
		}
	}

}

package org.zhifa.coercion;

import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskActor;
import org.zhifa.process.TaskInput;

import static org.zhifa.coercion.CoerciveMeasureProcess.*;
import static org.zhifa.coercion.CoerciveMeasureProcess.Elements.TASK_APPROVE_EMERGENCY_MEASURE;
import static org.zhifa.coercion.CoerciveMeasureProcess.Elements.TASK_APPROVE_EXTENSION;
import static org.zhifa.coercion.CoerciveMeasureProcess.Elements.TASK_APPROVE_MEASURE;

/**
 * Completion of the head's approvals: {@code Task_ApproveMeasure} (负责人审批, 行政强制法 Art 18(1); 行政处罚法 Art 56),
 * {@code Task_ApproveEmergencyMeasure} (补办批准, 行政强制法 Art 19) and {@code Task_ApproveExtension} (延长期限,
 * Art 25(1)). Whether approved and the opinion; records the decision, and an approved extension moves the term.
 */
@Component("headApprovalCompletion")
class HeadApprovalCompletion implements TaskListener {

	private static final Map<String, Approval> APPROVALS = Map.of(
			TASK_APPROVE_MEASURE, new Approval(MeasureApproval.Kind.PRIOR, MEASURE_APPROVED, MEASURE_APPROVAL_OPINION),
			TASK_APPROVE_EMERGENCY_MEASURE,
			new Approval(MeasureApproval.Kind.EMERGENCY, EMERGENCY_APPROVED, EMERGENCY_APPROVAL_OPINION),
			TASK_APPROVE_EXTENSION,
			new Approval(MeasureApproval.Kind.EXTENSION, EXTENSION_APPROVED, EXTENSION_OPINION));

	private final CoerciveMeasureManagement measures;

	HeadApprovalCompletion(CoerciveMeasureManagement measures) {
		this.measures = measures;
	}

	@Override
	public void notify(DelegateTask task) {
		Approval approval = APPROVALS.get(task.getTaskDefinitionKey());
		TaskInput input = new TaskInput(task);
		boolean approved = input.requireFlag(approval.flag(), "请选择是否批准");
		String opinion = input.requireText(approval.opinion(), "请填写审批意见");
		input.verify();

		long id = MeasureVariables.measureId(task);
		String approver = Objects.requireNonNullElse(TaskActor.of(task), "system");
		measures.decide(id, new MeasureApproval(approval.kind(), approver, approved, opinion,
				CoerciveMeasureManagement.now()));
		task.setVariable(approval.flag(), approved);
		if (approved && approval.kind() == MeasureApproval.Kind.EXTENSION) {
			int days = ((Number) task.getVariable(EXTENSION_DAYS)).intValue();
			CoerciveMeasure measure = measures.extend(id, days, (String) task.getVariable(EXTENSION_REASON));
			MeasureVariables.writeTerm(task, measure.termEnd());
		}
	}

	/** The variables of one approval. */
	private record Approval(MeasureApproval.Kind kind, String flag, String opinion) {
	}

}

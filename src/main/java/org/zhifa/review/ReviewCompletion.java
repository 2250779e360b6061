package org.zhifa.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;
import org.zhifa.casefile.PenaltyCaseProcess;
import org.zhifa.organisation.StaffRegister;
import org.zhifa.process.TaskActor;
import org.zhifa.process.TaskInput;
import org.zhifa.security.TaskRefusedException;

/**
 * What the review tasks share on completion: the server re-checks the verdict and the opinion (the reasons, when the
 * case is sent back), then records the review with its reviewer and round in the engine's transaction.
 */
final class ReviewCompletion {

	private final ReviewRecords records;

	private final StaffRegister staff;

	ReviewCompletion(ReviewRecords records, StaffRegister staff) {
		this.records = records;
		this.staff = staff;
	}

	/** Checks and records a review whose verdict is a {@link ReviewVerdict} variable. */
	void complete(DelegateTask task, ReviewKind kind, String verdictVariable, String opinionVariable) {
		TaskInput input = new TaskInput(task);
		ReviewVerdict verdict = input.requireValue(verdictVariable, ReviewVerdict.class, "请选择审核意见：同意或退回补充调查");
		String opinion = input.requireText(opinionVariable,
				verdict == ReviewVerdict.SEND_BACK ? "请写明退回补充调查的理由和事项" : "请填写审核意见");
		input.verify();

		record(task, kind, verdict, opinion);
	}

	/** Records a review whose verdict the caller has already read and checked. */
	void record(DelegateTask task, ReviewKind kind, ReviewVerdict verdict, String opinion) {
		String reviewer = reviewer(task);
		boolean qualified = staff.find(reviewer).map(StaffRegister.StaffFacts::legalQualification).orElse(false);
		records.record(caseNo(task), round(task), kind, reviewer, verdict, opinion, qualified, task.getId());
	}

	static String caseNo(DelegateTask task) {
		return (String) task.getVariable(PenaltyCaseProcess.CASE_NO);
	}

	static int round(DelegateTask task) {
		Object round = task.getVariable(PenaltyCaseProcess.REVIEW_ROUND);
		return round instanceof Number number ? number.intValue() : 1;
	}

	static String reviewer(DelegateTask task) {
		String reviewer = TaskActor.of(task);
		if (reviewer == null) {
			throw new TaskRefusedException("审核须由审核人员本人签收并办理：" + task.getName());
		}
		return reviewer;
	}

}

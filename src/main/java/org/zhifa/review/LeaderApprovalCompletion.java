package org.zhifa.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;
import org.zhifa.organisation.StaffRegister;
import org.zhifa.process.TaskInput;

import static org.zhifa.casefile.PenaltyCaseProcess.LEADER_APPROVED;
import static org.zhifa.casefile.PenaltyCaseProcess.LEADER_OPINION;

/**
 * Completion of {@code Task_ApproveByEnforcementLeader} (分管领导审批): the approval or the sending back, with the
 * opinion, recorded as the leader's review.
 */
@Component("leaderApprovalCompletion")
class LeaderApprovalCompletion implements TaskListener {

	private final ReviewCompletion completion;

	LeaderApprovalCompletion(ReviewRecords records, StaffRegister staff) {
		this.completion = new ReviewCompletion(records, staff);
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		boolean approved = input.requireFlag(LEADER_APPROVED, "请选择审批意见：同意或退回补充调查");
		String opinion = input.requireText(LEADER_OPINION, approved ? "请填写审批意见" : "请写明退回补充调查的理由和事项");
		input.verify();

		completion.record(task, ReviewKind.LEADER, approved ? ReviewVerdict.PASSED : ReviewVerdict.SEND_BACK, opinion);
	}

}

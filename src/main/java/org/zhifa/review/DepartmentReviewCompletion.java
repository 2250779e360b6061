package org.zhifa.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.organisation.StaffRegister;

import static org.zhifa.casefile.PenaltyCaseProcess.DEPARTMENT_REVIEW_OPINION;
import static org.zhifa.casefile.PenaltyCaseProcess.DEPARTMENT_REVIEW_OUTCOME;

/** Completion of {@code Task_ReviewByDepartment} (职能部门审核): checks the verdict and opinion and records them. */
@Component("departmentReviewCompletion")
class DepartmentReviewCompletion implements TaskListener {

	private final ReviewCompletion completion;

	DepartmentReviewCompletion(ReviewRecords records, StaffRegister staff) {
		this.completion = new ReviewCompletion(records, staff);
	}

	@Override
	public void notify(DelegateTask task) {
		completion.complete(task, ReviewKind.DEPARTMENT, DEPARTMENT_REVIEW_OUTCOME, DEPARTMENT_REVIEW_OPINION);
	}

}

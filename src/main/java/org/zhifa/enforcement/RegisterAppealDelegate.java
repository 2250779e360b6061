package org.zhifa.enforcement;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseQueries;
import org.zhifa.casefile.CaseView;
import org.zhifa.enforcement.AppealProcess.AppealKind;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.InvalidRequestException.FieldError;
import org.zhifa.web.NotFoundException;

import static org.zhifa.enforcement.AppealProcess.*;

/**
 * {@code Task_RegisterAppeal} (登记复议、诉讼), right after the start form: checks the form on the server (the case
 * exists and has a decision; the kind, the body, the dates), makes the case number the business key, brings the
 * case's squad, decision, party and fine into the process and opens the appeal record. A refusal rolls the start back
 * and answers 400 naming the field.
 */
@Component("registerAppealDelegate")
class RegisterAppealDelegate implements JavaDelegate {

	private final AppealManagement appeals;

	private final CaseQueries cases;

	private final SystemAuthority authority;

	RegisterAppealDelegate(AppealManagement appeals, CaseQueries cases, SystemAuthority authority) {
		this.appeals = appeals;
		this.cases = cases;
		this.authority = authority;
	}

	@Override
	public void execute(DelegateExecution execution) {
		TaskInput input = new TaskInput(execution);
		String registeredBy = authority.currentUser();
		CaseView decided = decidedCase(input);
		AppealKind kind = input.requireValue(APPEAL_KIND, AppealKind.class, "请选择行政复议或者行政诉讼");
		String body = input.requireText(APPEAL_BODY, "请填写复议机关或者受理的人民法院");
		Instant filedAt = EnforcementInput.recordedDate(input, APPEAL_FILED_AT, "申请或起诉日期",
				decided == null ? null : decided.dates().decidedAt());
		Instant notifiedAt = EnforcementInput.recordedDate(input, APPEAL_NOTIFIED_AT, "收到申请书或起诉状副本的日期", filedAt);
		input.verify();

		execution.setProcessBusinessKey(decided.caseNo());
		execution.setVariable(SQUAD, decided.squad());
		execution.setVariable(DECISION_NO, decided.decisionNo());
		execution.setVariable(PARTY_NAME, decided.parties().isEmpty() ? null : decided.parties().get(0).name());
		execution.setVariable(DECIDED_FINE, decided.decided() == null || decided.decided().fine() == null ? null
				: decided.decided().fine().toPlainString());
		execution.setVariable(APPEAL_ID, appeals.register(decided.caseNo(), decided.decisionNo(), kind, body, filedAt,
				notifiedAt, registeredBy));
	}

	private CaseView decidedCase(TaskInput input) {
		String caseNo = input.requireText(CASE_NO, "请填写案件编号");
		if (caseNo == null) {
			return null;
		}
		try {
			CaseView found = authority.run(() -> cases.find(caseNo));
			if (found.decisionNo() == null) {
				input.add(new FieldError(CASE_NO, "案件尚未作出处罚决定：" + caseNo));
				return null;
			}
			return found;
		}
		catch (NotFoundException ex) {
			input.add(new FieldError(CASE_NO, "案件不存在：" + caseNo));
			return null;
		}
	}

}

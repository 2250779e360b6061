package org.zhifa.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.casefile.CaseQueries;
import org.zhifa.casefile.CaseView;
import org.zhifa.enforcement.DecisionExecutionProcess.DeferralKind;
import org.zhifa.process.Values;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.enforcement.DecisionExecutionProcess.*;

/**
 * Registers a party's application to pay a fine later or in instalments and hands it to the case's execution waiting
 * for the payment, where the team leader decides on it. Only a certified officer of the case's squad, or the team
 * leader, registers one; the execution must be waiting for the payment within its period.
 */
@Service
@Transactional
class PaymentDeferrals {

	static final Set<String> REGISTRARS = Set.of("team-leader", "camunda-admin");

	private static final Logger LOG = LoggerFactory.getLogger(PaymentDeferrals.class);

	private final CaseQueries cases;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	PaymentDeferrals(CaseQueries cases, RuntimeService runtimeService, SystemAuthority authority) {
		this.cases = cases;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	void register(String caseNo, PaymentDeferralRequest request) {
		CaseView found = cases.find(caseNo);
		requireRegistrar(found);
		DeferralKind kind = validated(request);

		boolean taken = !authority.run(() -> runtimeService.createMessageCorrelation(MSG_PAYMENT_DEFERRAL_REQUESTED)
			.processInstanceBusinessKey(caseNo)
			.setVariables(Variables.createVariables().putValue(DEFERRAL_KIND, kind.name())
				.putValue(DEFERRAL_REASON, request.reason().strip())
				.putValue(REQUESTED_UNTIL, date(request.requestedUntil()))
				.putValue(REQUESTED_INSTALMENTS, request.requestedInstalments())
				.putValue(APPLICATION_RECEIVED_AT, date(request.receivedAt())))
			.correlateAllWithResult()).isEmpty();
		if (!taken) {
			throw new ConflictException("案件 " + caseNo + " 没有在缴款期限内等待缴纳的罚款，不能登记暂缓或分期缴纳申请");
		}
		LOG.info("Case {}: application to pay by {} registered", caseNo, kind);
	}

	private void requireRegistrar(CaseView found) {
		if (!authority.callerIsOfficerOf(found.squad()) && !authority.callerInAny(REGISTRARS)) {
			throw new ForbiddenException("只有本中队的执法人员或大队负责人可以登记暂缓、分期缴纳申请");
		}
	}

	private static DeferralKind validated(PaymentDeferralRequest request) {
		List<FieldError> errors = new ArrayList<>();
		DeferralKind kind = Arrays.stream(DeferralKind.values()).filter(k -> k.name().equals(request.kind()))
			.findFirst().orElse(null);
		if (kind == null) {
			errors.add(new FieldError("kind", "请选择暂缓缴纳（DEFERRAL）或分期缴纳（INSTALMENTS）"));
		}
		if (request.reason() == null || request.reason().isBlank()) {
			errors.add(new FieldError("reason", "请填写当事人申请的理由（确有经济困难的情况）"));
		}
		if (request.requestedUntil() == null) {
			errors.add(new FieldError("requestedUntil", "请填写申请缴纳至哪一天"));
		}
		if (kind == DeferralKind.INSTALMENTS && (request.requestedInstalments() == null
				|| request.requestedInstalments() < DecideDeferralCompletion.MINIMUM_INSTALMENTS)) {
			errors.add(new FieldError("requestedInstalments", "分期缴纳的，请填写申请的期数（至少两期）"));
		}
		if (request.receivedAt() == null || request.receivedAt().isAfter(EnforcementInput.today())) {
			errors.add(new FieldError("receivedAt", "请填写收到申请的日期，不能晚于今天"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return kind;
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(Values.ZONE).toInstant());
	}

}

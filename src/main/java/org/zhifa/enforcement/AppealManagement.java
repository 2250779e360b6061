package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.casefile.CaseService;
import org.zhifa.casefile.PenaltyCaseProcess;
import org.zhifa.deadline.DateInterval;
import org.zhifa.enforcement.AppealProcess.AppealKind;
import org.zhifa.enforcement.AppealProcess.AppealOutcome;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.NotFoundException;

/**
 * The appeals against decisions and what their outcome does to the case, in the engine's transaction: a revocation
 * ends the case's execution ({@code Msg_DecisionRevoked}) and cancels the payment order; a change of the fine amends
 * the order and the execution.
 */
@Service
@Transactional
class AppealManagement {

	private static final Logger LOG = LoggerFactory.getLogger(AppealManagement.class);

	private final DecisionAppeals appeals;

	private final DecisionExecutions executions;

	private final CaseService cases;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	AppealManagement(DecisionAppeals appeals, DecisionExecutions executions, CaseService cases,
			RuntimeService runtimeService, SystemAuthority authority) {
		this.appeals = appeals;
		this.executions = executions;
		this.cases = cases;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	long register(String caseNo, String decisionNo, AppealKind kind, String body, Instant filedAt, Instant notifiedAt,
			String registeredBy) {
		DecisionAppeal appeal = appeals.save(DecisionAppeal.filed(caseNo, decisionNo, kind, body, filedAt, notifiedAt,
				registeredBy));
		LOG.info("Case {}: {} against decision {} registered", caseNo, kind, decisionNo);
		return appeal.id();
	}

	void answered(long id, Instant at) {
		DecisionAppeal appeal = find(id);
		appeal.answered(at);
		appeals.save(appeal);
	}

	/** Records the outcome and applies it to the case. */
	void decide(long id, AppealOutcome outcome, Instant at, BigDecimal changedFine, String summary) {
		DecisionAppeal appeal = find(id);
		appeal.decided(outcome, at, changedFine, summary);
		appeals.save(appeal);

		if (outcome == AppealOutcome.REVOKED) {
			revoke(appeal.caseNo(), summary);
		}
		else if (outcome == AppealOutcome.CHANGED) {
			change(appeal, changedFine);
		}
		LOG.info("Case {}: {} decided: {}", appeal.caseNo(), appeal.kind(), outcome);
	}

	void publicationWithdrawn(long id, boolean published, Instant at) {
		DecisionAppeal appeal = find(id);
		appeal.publicationWithdrawn(published, at);
		appeals.save(appeal);
	}

	/** The days appeals of the case were pending, up to today for an undecided one. */
	@Transactional(readOnly = true)
	List<DateInterval> pausesOf(String caseNo, LocalDate today) {
		return appeals.findByCaseNoOrderById(caseNo).stream().map(appeal -> appeal.pendingDays(today)).toList();
	}

	@Transactional(readOnly = true)
	boolean pendingOn(String caseNo, LocalDate day) {
		return appeals.findByCaseNoOrderById(caseNo).stream().anyMatch(appeal -> appeal.pendingOn(day));
	}

	@Transactional(readOnly = true)
	List<DecisionAppeal> appealsOf(String caseNo) {
		return appeals.findByCaseNoOrderById(caseNo);
	}

	private void revoke(String caseNo, String reason) {
		cases.recordRevocation(caseNo, reason);
		authority.run(() -> {
			boolean caseCaughtIt = !runtimeService.createMessageCorrelation(PenaltyCaseProcess.MSG_DECISION_REVOKED)
				.processInstanceBusinessKey(caseNo).setVariable(PenaltyCaseProcess.REVOCATION_REASON, reason)
				.correlateAllWithResult().isEmpty();
			// The ordinary procedure's case stops its execution itself; an on-the-spot decision's does not.
			if (!caseCaughtIt) {
				runtimeService.createMessageCorrelation(DecisionExecutionProcess.MSG_EXECUTION_STOPPED)
					.processInstanceBusinessKey(caseNo).correlateAllWithResult();
			}
			return null;
		});
	}

	private void change(DecisionAppeal appeal, BigDecimal fine) {
		cases.recordChangedFine(appeal.caseNo(), fine);
		executions.findByDecisionNo(appeal.decisionNo()).ifPresent(execution -> {
			execution.fineChanged(fine);
			executions.save(execution);
		});
		authority.run(() -> {
			runtimeService.createProcessInstanceQuery().processDefinitionKey(DecisionExecutionProcess.KEY)
				.processInstanceBusinessKey(appeal.caseNo()).active().list()
				.forEach(instance -> runtimeService.setVariable(instance.getId(), PenaltyCaseProcess.DECIDED_FINE,
						fine.doubleValue()));
			return null;
		});
	}

	private DecisionAppeal find(long id) {
		return appeals.findById(id).orElseThrow(() -> new NotFoundException("复议诉讼记录不存在：" + id));
	}

}

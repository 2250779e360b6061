package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.casefile.PaymentPlatform;
import org.zhifa.deadline.Deadlines;
import org.zhifa.enforcement.CourtApplicationWindow.Window;
import org.zhifa.enforcement.DecisionExecutionProcess.CourtOutcome;
import org.zhifa.enforcement.DecisionExecutionProcess.DeferralKind;
import org.zhifa.enforcement.LatePaymentSurcharge.Surcharge;
import org.zhifa.process.Values;
import org.zhifa.web.NotFoundException;

/**
 * What the steps of {@code DecisionExecutionProcess} do to the execution record, in the engine's transaction.
 */
@Service
@Transactional
class ExecutionManagement {

	static final String PAYMENT_PERIOD = "paymentPeriod";

	private static final Logger LOG = LoggerFactory.getLogger(ExecutionManagement.class);

	private final DecisionExecutions executions;

	private final AppealManagement appeals;

	private final LatePaymentSurcharge surcharge;

	private final CourtApplicationWindow window;

	private final Deadlines deadlines;

	private final PaymentPlatform payments;

	ExecutionManagement(DecisionExecutions executions, AppealManagement appeals, LatePaymentSurcharge surcharge,
			CourtApplicationWindow window, Deadlines deadlines, PaymentPlatform payments) {
		this.executions = executions;
		this.appeals = appeals;
		this.surcharge = surcharge;
		this.window = window;
		this.deadlines = deadlines;
		this.payments = payments;
	}

	/**
	 * Opens the execution of a decision's fine: the payment period runs 15 days from the service (Art 67(3)).
	 * Idempotent: a decision has one execution.
	 */
	DecisionExecution open(String caseNo, String decisionNo, BigDecimal fine, Instant periodStart) {
		Optional<DecisionExecution> existing = executions.findByDecisionNo(decisionNo);
		if (existing.isPresent()) {
			return existing.get();
		}
		Instant due = deadlines.due(PAYMENT_PERIOD, Date.from(periodStart)).toInstant();
		DecisionExecution execution = executions.save(DecisionExecution.open(caseNo, decisionNo, fine, periodStart,
				due));
		LOG.info("Case {}: fine of decision {} due {}", caseNo, decisionNo, due);
		return execution;
	}

	/** Records the decision on an application to defer or pay in instalments; instalments open the payment order. */
	DecisionExecution decideDeferral(long id, DecisionExecution.Deferral deferral) {
		DecisionExecution execution = find(id);
		execution.decideDeferral(deferral);
		if (deferral.approved() && deferral.kind() == DeferralKind.INSTALMENTS) {
			payments.allowInstalments(execution.decisionNo(), deferral.instalments());
		}
		LOG.info("Case {}: {} {}", execution.caseNo(), deferral.kind(), deferral.approved() ? "approved" : "refused");
		return executions.save(execution);
	}

	/** The surcharge owed on a day, the pending appeals' days left out. */
	@Transactional(readOnly = true)
	Surcharge surchargeOn(DecisionExecution execution, LocalDate day) {
		LocalDate dueDay = execution.paymentDueAt().atZone(Values.ZONE).toLocalDate();
		return surcharge.owed(execution.fine(), dueDay, day, appeals.pausesOf(execution.caseNo(), day));
	}

	/** Records the written reminder (催告) with the surcharge it states, and opens the court-application window. */
	DecisionExecution reminderServed(long id, Instant at) {
		DecisionExecution execution = find(id);
		Surcharge owed = surchargeOn(execution, at.atZone(Values.ZONE).toLocalDate());
		Instant deferredUntil = Boolean.TRUE.equals(execution.deferralApproved()) ? execution.deferredUntil() : null;
		Window court = window.of(execution.periodStart(), at, deferredUntil);
		execution.reminderServed(at, owed.amount(), court.from(), court.due());
		LOG.info("Case {}: reminder served; court application from {} to {}", execution.caseNo(), court.from(),
				court.due());
		return executions.save(execution);
	}

	/** Why the organ may not apply to the court on that day, if it may not. */
	@Transactional(readOnly = true)
	Optional<String> courtApplicationProblem(long id, Instant at) {
		DecisionExecution execution = find(id);
		LocalDate day = at.atZone(Values.ZONE).toLocalDate();
		if (appeals.pendingOn(execution.caseNo(), day)) {
			return Optional.of("当事人申请行政复议或者提起行政诉讼期间，不得申请人民法院强制执行（行政强制法第五十三条）");
		}
		if (at.isBefore(execution.courtApplicationFrom()) || at.isAfter(execution.courtApplicationDue())) {
			return Optional.of("申请强制执行须在催告书送达十个工作日后、复议诉讼期限届满之日起三个月内（行政强制法第五十三条、第五十四条）："
					+ day(execution.courtApplicationFrom()) + " 至 " + day(execution.courtApplicationDue()));
		}
		return Optional.empty();
	}

	void appliedToCourt(long id, String court, Instant at) {
		DecisionExecution execution = find(id);
		execution.appliedToCourt(court, at);
		executions.save(execution);
		LOG.info("Case {}: application to the court made", execution.caseNo());
	}

	void courtRuled(long id, CourtOutcome outcome, Instant at, String notes) {
		DecisionExecution execution = find(id);
		execution.courtRuled(outcome, at, notes);
		executions.save(execution);
	}

	/** The decision was revoked: the execution ends without payment. */
	void stopped(long id) {
		DecisionExecution execution = find(id);
		execution.stopped();
		executions.save(execution);
		LOG.info("Case {}: execution of decision {} stopped", execution.caseNo(), execution.decisionNo());
	}

	void paid(long id, Instant at) {
		DecisionExecution execution = find(id);
		execution.paid(at == null ? ClockUtil.getCurrentTime().toInstant() : at);
		executions.save(execution);
	}

	@Transactional(readOnly = true)
	List<DecisionExecution> executionsOf(String caseNo) {
		return executions.findByCaseNoOrderById(caseNo);
	}

	@Transactional(readOnly = true)
	DecisionExecution find(long id) {
		return executions.findById(id).orElseThrow(() -> new NotFoundException("执行记录不存在：" + id));
	}

	private static LocalDate day(Instant at) {
		return at.atZone(Values.ZONE).toLocalDate();
	}

}

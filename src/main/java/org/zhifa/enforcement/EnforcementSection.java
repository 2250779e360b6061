package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseFileSection;
import org.zhifa.enforcement.AppealProcess.AppealKind;
import org.zhifa.enforcement.AppealProcess.AppealOutcome;
import org.zhifa.enforcement.DecisionExecutionProcess.CourtOutcome;
import org.zhifa.enforcement.DecisionExecutionProcess.DeferralKind;
import org.zhifa.enforcement.LatePaymentSurcharge.Surcharge;

/**
 * The execution of the case's decision and the appeals against it in {@code GET /api/v1/cases/{caseNo}}, under
 * {@code sections.enforcement}: the payment period, a deferral, the surcharge owed today while unpaid, the reminder,
 * the court application, and each appeal with its outcome.
 */
@Component
class EnforcementSection implements CaseFileSection {

	private final ExecutionManagement executions;

	private final AppealManagement appeals;

	EnforcementSection(ExecutionManagement executions, AppealManagement appeals) {
		this.executions = executions;
		this.appeals = appeals;
	}

	@Override
	public String name() {
		return "enforcement";
	}

	@Override
	public Optional<Object> read(String caseNo) {
		List<ExecutionView> found = executions.executionsOf(caseNo).stream().map(this::view).toList();
		List<AppealView> filed = appeals.appealsOf(caseNo).stream().map(AppealView::of).toList();
		return found.isEmpty() && filed.isEmpty() ? Optional.empty()
				: Optional.of(new EnforcementView(found, filed));
	}

	private ExecutionView view(DecisionExecution e) {
		boolean owing = e.state() != DecisionExecution.State.PAID && e.state() != DecisionExecution.State.STOPPED;
		Surcharge today = owing ? executions.surchargeOn(e, EnforcementInput.today()) : null;
		return new ExecutionView(e.decisionNo(), e.state(), e.fine(), e.periodStart(), e.paymentDueAt(),
				e.deferralKind(), e.deferralApproved(), e.deferredUntil(), e.instalmentCount(),
				today == null ? null : today.amount(), today != null && today.capped(), e.reminderServedAt(),
				e.surchargeAtReminder(), e.courtApplicationFrom(), e.courtApplicationDue(), e.court(),
				e.courtAppliedAt(), e.courtOutcome(), e.courtOutcomeAt(), e.paidAt());
	}

	/** The section's value. */
	record EnforcementView(List<ExecutionView> executions, List<AppealView> appeals) {
	}

	/** The execution of a decision's fine. */
	record ExecutionView(String decisionNo, DecisionExecution.State state, BigDecimal fine, Instant periodStart,
			Instant paymentDueAt, DeferralKind deferralKind, Boolean deferralApproved, Instant deferredUntil,
			Integer instalmentCount, BigDecimal surchargeToday, boolean surchargeCapped, Instant reminderServedAt,
			BigDecimal surchargeAtReminder, Instant courtApplicationFrom, Instant courtApplicationDue, String court,
			Instant courtAppliedAt, CourtOutcome courtOutcome, Instant courtOutcomeAt, Instant paidAt) {
	}

	/** A reconsideration or lawsuit against the decision. */
	record AppealView(AppealKind kind, String body, Instant filedAt, Instant notifiedAt, Instant answeredAt,
			AppealOutcome outcome, Instant decidedAt, BigDecimal changedFine, String outcomeSummary, Boolean published,
			Instant publicationWithdrawnAt) {

		static AppealView of(DecisionAppeal a) {
			return new AppealView(a.kind(), a.body(), a.filedAt(), a.notifiedAt(), a.answeredAt(), a.outcome(),
					a.decidedAt(), a.changedFine(), a.outcomeSummary(), a.published(), a.publicationWithdrawnAt());
		}

	}

}

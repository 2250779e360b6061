package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhifa.deadline.Deadlines;
import org.zhifa.enforcement.AppealProcess.AppealKind;
import org.zhifa.enforcement.CourtApplicationWindow.Window;
import org.zhifa.test.ProcessCoverageConfiguration;
import org.zhifa.test.ProcessTasks;
import org.zhifa.test.SpringProcessCoverage;
import org.zhifa.test.ZhifaIntegrationTest;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.zhifa.enforcement.DecisionExecutionProcess.*;
import static org.zhifa.enforcement.DecisionExecutionProcess.Elements.*;
import static org.zhifa.test.ProcessTasks.shanghai;

/**
 * Paths of {@code DecisionExecutionProcess} (罚款的执行) on the real execution record: paid in time, a deferral
 * approved or refused, overdue with a written reminder and then paid, or applied to the court inside its window (never
 * while an appeal is pending) with the court's outcome, paid before the application or during it, and stopped when the
 * decision is revoked. The decision counts as served on Monday 2 March 2026.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class DecisionExecutionProcessTest {

	@RegisterExtension
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0.9)
		.flowNodeCoverageOfAtLeast(KEY, 0.9);

	static final String SERVED = "2026-03-02T09:00";

	static final BigDecimal FINE = new BigDecimal("1000.00");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ExecutionManagement executions;

	@Autowired
	AppealManagement appeals;

	@Autowired
	CourtApplicationWindow courtWindow;

	@Autowired
	Deadlines deadlines;

	String caseNo;

	String decisionNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		ClockUtil.setCurrentTime(shanghai(SERVED));
		int sequence = SEQUENCE.incrementAndGet();
		caseNo = "西湖综执立〔2026〕第E" + sequence + "号";
		decisionNo = "西湖综执罚决〔2026〕第E" + sequence + "号";
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldEndPaidWhenThePartyPaysInTime() {
		// given
		ProcessInstance instance = started();

		// when
		ClockUtil.setCurrentTime(shanghai("2026-03-10T10:00"));
		paid("2026-03-10T10:00");

		// then
		assertThat(instance).hasPassed(TASK_RECORD_PAYMENT, END_FINE_PAID).hasNotPassed(TASK_SERVE_REMINDER).isEnded();
		DecisionExecution execution = only();
		assertThat(execution.state()).isEqualTo(DecisionExecution.State.PAID);
		assertThat(execution.paidAt()).isEqualTo(shanghai("2026-03-10T10:00").toInstant());
	}

	@Test
	void shouldSetTheOverdueTimerOnTheSecondAfterThePaymentPeriod() {
		// given
		started();

		// when
		Date dueAt = (Date) runtimeService.getVariable(instanceId(), PAYMENT_DUE_AT);

		// then: 15 days from the service (行政处罚法第六十七条第三款)
		assertThat(dueAt).isEqualTo(deadlines.due(ExecutionManagement.PAYMENT_PERIOD, shanghai(SERVED)));
		assertThat(job(BOUNDARY_PAYMENT_OVERDUE).getDuedate()).isEqualTo(Date.from(dueAt.toInstant().plusSeconds(1)));
		assertThat(only().paymentDueAt()).isEqualTo(dueAt.toInstant());
	}

	@Test
	void shouldMoveTheOverdueTimerWhenADeferralIsApproved() {
		// given
		ProcessInstance instance = started();
		requestDeferral();

		// when
		tasks().complete(TASK_DECIDE_DEFERRAL, "team-leader", Variables.createVariables()
			.putValue(DEFERRAL_APPROVED, "true").putValue(DEFERRAL_OPINION, "经核实确有经济困难，同意暂缓")
			.putValue(DEFERRED_UNTIL, "2026-04-30"));

		// then
		assertThat(instance).hasPassed(TASK_DECIDE_DEFERRAL, TASK_RECORD_DEFERRAL).isWaitingAt(TASK_AWAIT_PAYMENT);
		assertThat(job(BOUNDARY_PAYMENT_OVERDUE).getDuedate()).isEqualTo(shanghai("2026-05-01T00:00"));
		assertThat(runtimeService.getVariable(instanceId(), PAYMENT_DUE_AT))
			.isEqualTo(shanghai("2026-04-30T23:59:59"));
		DecisionExecution execution = only();
		assertThat(execution.deferralApproved()).isTrue();
		assertThat(execution.paymentDueAt()).isEqualTo(shanghai("2026-04-30T23:59:59").toInstant());
	}

	@Test
	void shouldKeepTheDueDateWhenADeferralIsRefused() {
		// given
		ProcessInstance instance = started();
		Date overdueAt = job(BOUNDARY_PAYMENT_OVERDUE).getDuedate();
		requestDeferral();

		// when
		tasks().complete(TASK_DECIDE_DEFERRAL, "team-leader", Variables.createVariables()
			.putValue(DEFERRAL_APPROVED, "false").putValue(DEFERRAL_OPINION, "未提供经济困难的证明"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_DEFERRAL).isWaitingAt(TASK_AWAIT_PAYMENT);
		assertThat(job(BOUNDARY_PAYMENT_OVERDUE).getDuedate()).isEqualTo(overdueAt);
		assertThat(only().deferralApproved()).isFalse();
	}

	@Test
	void shouldRefuseADeferralWhenTheNewDayIsNotLaterOrTheInstalmentsAreTooMany() {
		// given
		started();
		requestDeferral();

		// when
		InvalidRequestException early = tasks().refusalOf(TASK_DECIDE_DEFERRAL, Variables.createVariables()
			.putValue(DEFERRAL_APPROVED, "true").putValue(DEFERRAL_OPINION, "同意").putValue(DEFERRED_UNTIL, "2026-03-05"));
		InvalidRequestException bare = tasks().refusalOf(TASK_DECIDE_DEFERRAL, Variables.createVariables()
			.putValue(DEFERRAL_APPROVED, "true"));

		// then
		assertThat(early.errors()).extracting(FieldError::field).containsExactly(DEFERRED_UNTIL);
		assertThat(bare.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(DEFERRAL_OPINION,
				DEFERRED_UNTIL);
	}

	@Test
	void shouldEndPaidWhenThePartyPaysAfterTheReminder() {
		// given
		ProcessInstance instance = reminded();

		// when
		paid("2026-03-25T10:00");

		// then
		assertThat(instance).hasPassed(TASK_SERVE_REMINDER, TASK_RECORD_REMINDER, TASK_AWAIT_PAYMENT_AFTER_REMINDER,
				END_FINE_PAID).hasNotPassed(TASK_APPLY_TO_COURT).isEnded();
		assertThat(only().state()).isEqualTo(DecisionExecution.State.PAID);
	}

	@Test
	void shouldStateTheSurchargeAndTheCourtWindowWhenTheReminderIsServed() {
		// given
		reminded();

		// when
		DecisionExecution execution = only();
		Window window = courtWindow.of(shanghai(SERVED).toInstant(), shanghai("2026-03-20T00:00").toInstant(), null);

		// then: 3 days after the period that ended on 17 March, 3 % a day of 1000 yuan
		assertThat(execution.surchargeAtReminder()).isEqualByComparingTo("90.00");
		assertThat(runtimeService.getVariable(instanceId(), SURCHARGE_AT_REMINDER)).isEqualTo("90.00");
		assertThat(execution.courtApplicationFrom()).isEqualTo(window.from());
		assertThat(execution.courtApplicationDue()).isEqualTo(window.due());
		assertThat(job(BOUNDARY_COURT_APPLICATION_OPEN).getDuedate()).isEqualTo(Date.from(window.from()));
	}

	@Test
	void shouldRefuseAReminderServedBeforeThePeriodLapsed() {
		// given
		overdue();

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_SERVE_REMINDER, Variables.createVariables()
			.putValue(REMINDER_SERVED_AT, "2026-03-10"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(REMINDER_SERVED_AT);
	}

	@Test
	void shouldRecordTheCourtOutcomeWhenAppliedInsideTheWindow() {
		// given
		ProcessInstance instance = courtApplicationOpen();

		// when
		tasks().complete(TASK_APPLY_TO_COURT, Variables.createVariables().putValue(COURT, "杭州市西湖区人民法院")
			.putValue(COURT_APPLIED_AT, "2026-09-10"));
		ClockUtil.setCurrentTime(shanghai("2026-10-20T09:00"));
		tasks().complete(TASK_RECORD_COURT_OUTCOME, Variables.createVariables()
			.putValue(COURT_OUTCOME, CourtOutcome.ENFORCED.name()).putValue(COURT_OUTCOME_AT, "2026-10-19"));

		// then
		assertThat(instance).hasPassed(TASK_APPLY_TO_COURT, TASK_RECORD_COURT_OUTCOME, END_COURT_ENFORCEMENT).isEnded();
		DecisionExecution execution = only();
		assertThat(execution.court()).isEqualTo("杭州市西湖区人民法院");
		assertThat(execution.courtOutcome()).isEqualTo(CourtOutcome.ENFORCED);
	}

	@Test
	void shouldRequireTheCourtsReasonsWhenItRefusesToEnforce() {
		// given
		courtApplicationOpen();
		tasks().complete(TASK_APPLY_TO_COURT, Variables.createVariables().putValue(COURT, "杭州市西湖区人民法院")
			.putValue(COURT_APPLIED_AT, "2026-09-10"));

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_RECORD_COURT_OUTCOME, Variables.createVariables()
			.putValue(COURT_OUTCOME, CourtOutcome.NOT_ENFORCED.name()).putValue(COURT_OUTCOME_AT, "2026-09-09"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(COURT_OUTCOME_AT, COURT_OUTCOME_NOTES);
	}

	@Test
	void shouldRefuseTheApplicationToTheCourtWhenItIsOutsideTheWindow() {
		// given
		courtApplicationOpen();

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_APPLY_TO_COURT, Variables.createVariables()
			.putValue(COURT, "杭州市西湖区人民法院").putValue(COURT_APPLIED_AT, "2026-08-31"));

		// then
		assertThat(refusal.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo(COURT_APPLIED_AT);
			assertThat(error.message()).contains("三个月内");
		});
	}

	@Test
	void shouldRefuseTheApplicationToTheCourtWhenAnAppealIsPending() {
		// given
		courtApplicationOpen();
		appeals.register(caseNo, decisionNo, AppealKind.LITIGATION, "杭州市西湖区人民法院",
				shanghai("2026-09-01T09:00").toInstant(), shanghai("2026-09-02T09:00").toInstant(), "legal-reviewer");

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_APPLY_TO_COURT, Variables.createVariables()
			.putValue(COURT, "杭州市西湖区人民法院").putValue(COURT_APPLIED_AT, "2026-09-10"));

		// then
		assertThat(refusal.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo(COURT_APPLIED_AT);
			assertThat(error.message()).contains("第五十三条");
		});
	}

	@Test
	void shouldEndPaidWhenThePartyPaysBeforeTheApplication() {
		// given
		ProcessInstance instance = courtApplicationOpen();

		// when
		paid("2026-09-10T10:00");

		// then
		assertThat(instance).hasPassed(BOUNDARY_PAID_BEFORE_APPLICATION, END_FINE_PAID)
			.hasNotPassed(TASK_RECORD_COURT_OUTCOME).isEnded();
		assertThat(only().state()).isEqualTo(DecisionExecution.State.PAID);
	}

	@Test
	void shouldEndPaidWhenThePartyPaysDuringTheCourtEnforcement() {
		// given
		ProcessInstance instance = courtApplicationOpen();
		tasks().complete(TASK_APPLY_TO_COURT, Variables.createVariables().putValue(COURT, "杭州市西湖区人民法院")
			.putValue(COURT_APPLIED_AT, "2026-09-10"));

		// when
		paid("2026-09-15T10:00");

		// then
		assertThat(instance).hasPassed(BOUNDARY_PAID_DURING_COURT, END_FINE_PAID)
			.hasNotPassed(END_COURT_ENFORCEMENT).isEnded();
		assertThat(only().state()).isEqualTo(DecisionExecution.State.PAID);
	}

	@Test
	void shouldStopTheExecutionWhenTheDecisionIsRevoked() {
		// given
		ProcessInstance instance = reminded();

		// when
		runtimeService.createMessageCorrelation(MSG_EXECUTION_STOPPED).processInstanceBusinessKey(caseNo).correlate();

		// then
		assertThat(instance).hasPassed(TASK_STOP_EXECUTION, END_EXECUTION_STOPPED).hasNotPassed(END_FINE_PAID)
			.isEnded();
		assertThat(only().state()).isEqualTo(DecisionExecution.State.STOPPED);
	}

	private ProcessInstance started() {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, caseNo, Variables.createVariables()
			.putValue(CASE_NO, caseNo).putValue(SQUAD, "squad-xixi").putValue(PARTY_NAME, "某餐饮有限公司")
			.putValue(DECISION_NO, decisionNo).putValue(DECIDED_FINE, 1000).putValue(PAYMENT_CODE, "330106")
			.putValue(PAYMENT_PERIOD_START, shanghai(SERVED)));
		assertThat(instance).hasPassed(TASK_OPEN_EXECUTION).isWaitingAt(TASK_AWAIT_PAYMENT);
		return instance;
	}

	/** Started, and the payment period (ending 17 March) lapsed. */
	private ProcessInstance overdue() {
		ProcessInstance instance = started();
		ClockUtil.setCurrentTime(shanghai("2026-03-20T09:00"));
		managementService.executeJob(job(BOUNDARY_PAYMENT_OVERDUE).getId());
		assertThat(instance).isWaitingAt(TASK_SERVE_REMINDER);
		return instance;
	}

	/** Overdue, and the written reminder served on 20 March. */
	private ProcessInstance reminded() {
		ProcessInstance instance = overdue();
		tasks().complete(TASK_SERVE_REMINDER, Variables.createVariables().putValue(REMINDER_SERVED_AT, "2026-03-20"));
		assertThat(instance).isWaitingAt(TASK_AWAIT_PAYMENT_AFTER_REMINDER);
		return instance;
	}

	/** Reminded, and the court-application window open: it is 10 September, after the remedy periods. */
	private ProcessInstance courtApplicationOpen() {
		ProcessInstance instance = reminded();
		ClockUtil.setCurrentTime(shanghai("2026-09-10T09:00"));
		managementService.executeJob(job(BOUNDARY_COURT_APPLICATION_OPEN).getId());
		assertThat(instance).isWaitingAt(TASK_APPLY_TO_COURT);
		return instance;
	}

	private void requestDeferral() {
		runtimeService.createMessageCorrelation(MSG_PAYMENT_DEFERRAL_REQUESTED).processInstanceBusinessKey(caseNo)
			.setVariables(Variables.createVariables().putValue(DEFERRAL_KIND, DeferralKind.DEFERRAL.name())
				.putValue(DEFERRAL_REASON, "经营困难，申请暂缓缴纳")
				.putValue(REQUESTED_UNTIL, shanghai("2026-04-30T00:00"))
				.putValue(APPLICATION_RECEIVED_AT, shanghai("2026-03-05T00:00")))
			.correlate();
	}

	private void paid(String at) {
		runtimeService.createMessageCorrelation(MSG_PAYMENT_RECEIVED).processInstanceBusinessKey(caseNo)
			.setVariable(PAID_AT, shanghai(at)).correlate();
	}

	private DecisionExecution only() {
		List<DecisionExecution> found = executions.executionsOf(caseNo);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private String instanceId() {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
	}

	private Job job(String activityId) {
		return managementService.createJobQuery().processInstanceId(instanceId()).activityId(activityId)
			.singleResult();
	}

	private ProcessTasks tasks() {
		return new ProcessTasks(taskService, caseNo);
	}

}

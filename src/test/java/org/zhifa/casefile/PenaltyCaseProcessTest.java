package org.zhifa.casefile;

import java.time.Instant;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.zhifa.casefile.PenaltyCaseProcess.DeliberationConclusion;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;
import org.zhifa.deadline.DateInterval;
import org.zhifa.deadline.Deadlines;
import org.zhifa.enforcement.DecisionExecutionProcess;
import org.zhifa.review.CaseReview;
import org.zhifa.review.CollectiveDeliberation;
import org.zhifa.review.DecisionBlockedException;
import org.zhifa.review.ReviewKind;
import org.zhifa.review.ReviewRecords;
import org.zhifa.security.TaskRefusedException;
import org.zhifa.test.ProcessCoverageConfiguration;
import org.zhifa.test.ProcessTasks;
import org.zhifa.test.SpringProcessCoverage;
import org.zhifa.test.ZhifaIntegrationTest;
import org.zhifa.web.InvalidRequestException.FieldError;
import org.zhifa.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.zhifa.casefile.PenaltyCaseProcess.*;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.*;

/**
 * Paths of {@code PenaltyCaseProcess} and its call activity {@code DecisionServiceProcess} with the case service
 * mocked and the real {@code ProcedureClassDecision}: filing refused, the ordinary path to payment and archive, no
 * penalty, transfer, withdrawal, the major branch, sending back for more investigation, the statement period, the
 * recusal, the decision-limit warning with its extension, public notice and unpaid fines, and the server-side checks.
 * Process coverage is reported under {@code target/process-test-coverage}; at least 90 % of the flow nodes of each
 * process must be entered.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class PenaltyCaseProcessTest {

	@RegisterExtension
	// The class gate would count DecisionExecutionProcess, which DecisionExecutionProcessTest covers; the gates per
	// process below are the ones that matter here.
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0)
		.flowNodeCoverageOfAtLeast(KEY, 0.9)
		.flowNodeCoverageOfAtLeast(DecisionServiceProcess.KEY, 0.9);

	static final String SQUAD_XIXI = "squad-xixi";

	static final Date FILED = at("2026-03-02T09:00");

	/** The end of the decision limit after the extension the mocked case service grants. */
	static final Instant EXTENDED_LIMIT = Instant.parse("2026-07-01T15:59:59Z");

	/** The end of the decision limit after the hearing days the mocked case service leaves out. */
	static final Instant LIMIT_WITHOUT_HEARING = Instant.parse("2026-06-29T15:59:59Z");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@MockitoBean
	CaseService caseService;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Deadlines deadlines;

	@Autowired
	ReviewRecords reviews;

	String caseNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		ClockUtil.setCurrentTime(FILED);
		caseNo = "西湖综执立〔2026〕第T" + SEQUENCE.incrementAndGet() + "号";
		when(caseService.fileCase(eq(caseNo), any())).thenReturn(new CaseService.FiledCase(FILED.toInstant(),
				deadlines.due("decisionLimit", FILED).toInstant()));
		when(caseService.issueDecision(eq(caseNo), any())).thenReturn(
				new IssuedDecision("西湖综执罚〔2026〕第0001号", at("2026-04-01T10:00").toInstant(), "LOCAL1"));
		when(caseService.recordService(eq(caseNo), anyString(), any())).thenAnswer(call -> call.getArgument(2));
		when(caseService.extendDecisionLimit(caseNo)).thenReturn(EXTENDED_LIMIT);
		when(caseService.excludeFromDecisionLimit(eq(caseNo), any())).thenReturn(LIMIT_WITHOUT_HEARING);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldOfferFilingApprovalToTheLeadersOfTheCaseSquadOnly() {
		// when
		open();

		// then
		assertThat(taskService.getIdentityLinksForTask(task(TASK_APPROVE_FILING).getId()))
			.extracting(link -> link.getGroupId()).containsExactly(SQUAD_XIXI + "-leaders");
		assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_APPROVE_FILING)
			.processInstanceBusinessKey(caseNo).taskCandidateUser("xixi-leader").count()).isEqualTo(1);
		assertThat(taskService.createTaskQuery().taskDefinitionKey(TASK_APPROVE_FILING)
			.processInstanceBusinessKey(caseNo).taskCandidateUser("xihu-leader").count()).isZero();
	}

	@Test
	void shouldRecordRefusalWhenSquadLeaderRefusesFiling() {
		// given
		ProcessInstance instance = open();

		// when
		complete(TASK_APPROVE_FILING, Variables.createVariables().putValue(FILING_APPROVED, "false")
			.putValue(FILING_OPINION, "证据不足"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_FILING_REFUSED, END_FILING_REFUSED).isEnded();
		verify(caseService).refuseFiling(caseNo, "证据不足");
	}

	@Test
	void shouldRefuseFilingWhenHandlerIsAuxiliaryOrIdentityNumberIsInvalid() {
		// given
		open();

		// when
		InvalidRequestException refusal = refusalOf(TASK_APPROVE_FILING, filing().putValue(HANDLER_2, "xixi-aux")
			.putValue(PARTY_ID_NUMBER, "330106199003071230"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).contains(HANDLER_2);
		verify(caseService, never()).fileCase(anyString(), any());
	}

	@Test
	void shouldRefuseFilingWhenBothHandlersAreTheSameOfficer() {
		// given
		open();

		// when
		InvalidRequestException refusal = refusalOf(TASK_APPROVE_FILING,
				filing().putValue(HANDLER_2, "xixi-officer-1"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(HANDLER_2);
	}

	@Test
	void shouldStartInvestigationWithDecisionLimitWhenFilingIsApproved() {
		// given
		ProcessInstance instance = open();

		// when
		complete(TASK_APPROVE_FILING, filing());

		// then
		assertThat(instance).hasPassed(TASK_RECORD_FILING).isWaitingAt(TASK_INVESTIGATE);
		assertThat(task(TASK_INVESTIGATE).getDueDate()).isEqualTo(deadlines.due("decisionLimit", FILED));
		assertThat(timer(START_DECISION_LIMIT_NEAR).getDuedate())
			.isEqualTo(deadlines.followUp("decisionLimit", FILED, "URBAN_MANAGEMENT"));
	}

	@Test
	void shouldDecideServeCollectAndArchiveWhenOrdinaryCaseIsPaid() {
		// given
		ProcessInstance instance = reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "true")
			.putValue(STATEMENT, "初次违法，已整改"));
		complete(TASK_RECHECK_STATEMENT, Variables.createVariables().putValue(RECHECK_CONCLUSION, "部分采纳")
			.putValue(DECIDED_PENALTY_KINDS, List.of("FINE")).putValue(DECIDED_FINE, 300));
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "DIRECT")
			.putValue(SERVED_AT, "2026-04-01"));

		// when
		runtimeService.createMessageCorrelation(MSG_PAYMENT_RECEIVED).processInstanceBusinessKey(caseNo)
			.setVariable(PAID_AT, at("2026-04-05T10:00")).correlate();
		complete(TASK_APPROVE_CLOSURE, Variables.createVariables().putValue(CLOSURE_OPINION, "执行完毕，同意结案"));
		managementService.executeJob(timer(TASK_REPORT_TO_SOURCE).getId());

		// then
		assertThat(instance).hasPassed(TASK_CLASSIFY_PROCEDURE, TASK_ISSUE_DECISION, CALL_SERVE_AND_COLLECT,
				TASK_ARCHIVE_CASE, END_CASE_ARCHIVED).isEnded();
		assertThat(instance).variables().containsEntry(PROCEDURE_CLASS, "ORDINARY")
			.containsEntry(DECISION_NO, "西湖综执罚〔2026〕第0001号");
		verify(caseService).issueDecision(eq(caseNo), any());
		verify(caseService).recordProcedureClass(caseNo, "ORDINARY");
		verify(caseService).archive(caseNo);
		verify(caseService).reportOutcomeToSource(caseNo);
	}

	@Test
	void shouldRefuseRecheckWhenDecidedFineIsHeavierThanProposed() {
		// given
		reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "true")
			.putValue(STATEMENT, "不服"));

		// when
		InvalidRequestException refusal = refusalOf(TASK_RECHECK_STATEMENT, Variables.createVariables()
			.putValue(RECHECK_CONCLUSION, "不予采纳").putValue(DECIDED_PENALTY_KINDS, List.of("FINE"))
			.putValue(DECIDED_FINE, 800));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(DECIDED_FINE);
	}

	@Test
	void shouldDecideProposedPenaltyWhenStatementPeriodLapses() {
		// given
		ProcessInstance instance = reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-09-30"));

		// when
		Job lapse = timer(BOUNDARY_STATEMENT_PERIOD_LAPSED);
		managementService.executeJob(lapse.getId());

		// then
		assertThat(lapse.getDuedate()).isEqualTo(deadlines.lapse("statementAndDefence", "2026-09-30", "URBAN_MANAGEMENT"));
		assertThat(task(TASK_HEAR_STATEMENT)).isNull();
		assertThat(instance).hasPassed(BOUNDARY_STATEMENT_PERIOD_LAPSED, TASK_ISSUE_DECISION)
			.hasNotPassed(TASK_RECHECK_STATEMENT);
	}

	@Test
	void shouldSetStatementDueDateAcrossNationalDayHoliday() {
		// given
		reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();

		// when
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-09-30"));

		// then: five working days after 30 September run past the National Day holiday
		Date due = task(TASK_HEAR_STATEMENT).getDueDate();
		assertThat(due).isEqualTo(deadlines.due("statementAndDefence", "2026-09-30", "URBAN_MANAGEMENT"));
		assertThat(due).isAfter(at("2026-10-08T00:00"));
	}

	@Test
	void shouldDecideWithoutRecheckWhenPartyMakesNoStatement() {
		// given
		ProcessInstance instance = reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));

		// when
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false"));

		// then
		assertThat(instance).hasPassed(TASK_ISSUE_DECISION).hasNotPassed(TASK_RECHECK_STATEMENT);
		assertThat(task(TASK_SERVE_DECISION)).isNotNull();
	}

	@Test
	void shouldRecordNoPenaltyAndAwaitClosureWhenReviewFindsNoPenalty() {
		// given
		ProcessInstance instance = reported(500);

		// when
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.NO_PENALTY));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_NO_PENALTY, END_CONCLUDED_WITHOUT_PENALTY)
			.isWaitingAt(TASK_APPROVE_CLOSURE).hasNotPassed(CALL_SERVE_AND_COLLECT);
		verify(caseService).recordNoPenalty(caseNo, "审查意见");
	}

	@Test
	void shouldTransferToJudicialOrganWhenCrimeIsSuspected() {
		// given
		ProcessInstance instance = reported(500);

		// when
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.TRANSFER));

		// then
		assertThat(instance).hasPassed(TASK_TRANSFER_TO_JUDICIAL_ORGAN).isWaitingAt(TASK_APPROVE_CLOSURE);
		verify(caseService).transferToJudicialOrgan(caseNo, "审查意见");
	}

	@Test
	void shouldWithdrawFilingWhenReviewSaysSo() {
		// given
		ProcessInstance instance = reported(500);

		// when
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.WITHDRAW));

		// then
		assertThat(instance).hasPassed(TASK_WITHDRAW_FILING).isWaitingAt(TASK_APPROVE_CLOSURE);
		verify(caseService).withdrawFiling(caseNo, "审查意见");
	}

	@Test
	void shouldRouteToMajorCaseReviewWhenDecisionTableSaysMajor() {
		// given
		ProcessInstance instance = reported(500, true);

		// when
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));

		// then
		assertThat(instance).variables().containsEntry(PROCEDURE_CLASS, "MAJOR");
		assertThat(task(TASK_REVIEW_MAJOR_CASE)).isNotNull();
		complete(TASK_REVIEW_MAJOR_CASE, Variables.createVariables().putValue(APPROVED, "true")
			.putValue(APPROVAL_OPINION, "同意"));
		assertThat(task(TASK_SERVE_PRIOR_NOTICE)).isNotNull();
	}

	@Test
	void shouldSendBackForInvestigationWhenSquadLeaderDisagrees() {
		// given
		reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));

		// when
		complete(TASK_APPROVE_BY_SQUAD_LEADER, Variables.createVariables().putValue(SQUAD_LEADER_APPROVED, "false")
			.putValue(APPROVAL_OPINION, "证据不足，补充调查"));

		// then
		assertThat(task(TASK_WRITE_INVESTIGATION_REPORT)).isNotNull();
	}

	@Test
	void shouldSendBackForInvestigationWhenTeamLeaderDisagrees() {
		// given
		reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		complete(TASK_APPROVE_BY_SQUAD_LEADER, Variables.createVariables().putValue(SQUAD_LEADER_APPROVED, "true")
			.putValue(APPROVAL_OPINION, "同意"));

		// when
		complete(TASK_APPROVE_BY_TEAM_LEADER, Variables.createVariables().putValue(APPROVED, "false")
			.putValue(APPROVAL_OPINION, "补充调查"));

		// then
		assertThat(task(TASK_WRITE_INVESTIGATION_REPORT)).isNotNull();
	}

	@Test
	void shouldLetHeadDecideRecusalWhileInvestigationGoesOn() {
		// given
		ProcessInstance instance = filed();

		// when
		runtimeService.createMessageCorrelation(MSG_RECUSAL_REQUESTED).processInstanceBusinessKey(caseNo)
			.setVariable(RECUSED_HANDLER, "xixi-officer-2").setVariable(RECUSAL_REASON, "与当事人有亲属关系")
			.correlate();
		complete(TASK_DECIDE_RECUSAL, Variables.createVariables().putValue(RECUSAL_GRANTED, "true")
			.putValue(REPLACEMENT_HANDLER, "xixi-leader"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_RECUSAL).isWaitingAt(TASK_INVESTIGATE);
		assertThat(instance).variables().containsEntry(HANDLER_2, "xixi-leader");
		verify(caseService).decideRecusal(caseNo, "xixi-officer-2", true, "xixi-leader");
	}

	@Test
	void shouldExtendDecisionLimitWhenTeamLeaderApproves() {
		// given
		ProcessInstance instance = filed();

		// when
		managementService.executeJob(timer(START_DECISION_LIMIT_NEAR).getId());
		complete(TASK_REQUEST_EXTENSION, Variables.createVariables().putValue(EXTENSION_REQUESTED, "true")
			.putValue(EXTENSION_REASON, "需鉴定"));
		complete(TASK_APPROVE_EXTENSION, Variables.createVariables().putValue(EXTENSION_APPROVED, "true"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_EXTENSION).isWaitingAt(TASK_INVESTIGATE);
		verify(caseService).extendDecisionLimit(caseNo);
	}

	@Test
	void shouldWarnAgainAheadOfTheExtendedLimitWhenTheLimitIsExtended() {
		// given
		ProcessInstance instance = filed();
		Date firstWarning = timer(START_DECISION_LIMIT_NEAR).getDuedate();
		managementService.executeJob(timer(START_DECISION_LIMIT_NEAR).getId());
		complete(TASK_REQUEST_EXTENSION, Variables.createVariables().putValue(EXTENSION_REQUESTED, "true")
			.putValue(EXTENSION_REASON, "需鉴定"));

		// when
		complete(TASK_APPROVE_EXTENSION, Variables.createVariables().putValue(EXTENSION_APPROVED, "true"));

		// then: the warning is armed again ahead of the new end, and the open task shows the new end
		Date extended = Date.from(EXTENDED_LIMIT);
		Date secondWarning = deadlines.warningBefore(extended);
		assertThat(instance).isWaitingAt(TASK_INVESTIGATE, TIMER_EXTENDED_LIMIT_NEAR);
		assertThat(timer(TIMER_EXTENDED_LIMIT_NEAR).getDuedate()).isEqualTo(secondWarning).isAfter(firstWarning)
			.isBefore(extended);
		assertThat(task(TASK_INVESTIGATE).getDueDate()).isEqualTo(extended);
		assertThat(task(TASK_INVESTIGATE).getFollowUpDate()).isEqualTo(secondWarning);
		assertThat(instance).variables().containsEntry(DECISION_DUE_AT, extended);
	}

	@Test
	void shouldFireTheSecondWarningOnlyWhenTheExtendedLimitNears() {
		// given
		ProcessInstance instance = filed();
		managementService.executeJob(timer(START_DECISION_LIMIT_NEAR).getId());
		complete(TASK_REQUEST_EXTENSION, Variables.createVariables().putValue(EXTENSION_REQUESTED, "true")
			.putValue(EXTENSION_REASON, "需鉴定"));
		complete(TASK_APPROVE_EXTENSION, Variables.createVariables().putValue(EXTENSION_APPROVED, "true"));
		Date secondWarning = deadlines.warningBefore(Date.from(EXTENDED_LIMIT));

		// when
		ClockUtil.setCurrentTime(new Date(secondWarning.getTime() - 60_000));
		long dueBefore = managementService.createJobQuery().processInstanceId(instance.getId())
			.activityId(TIMER_EXTENDED_LIMIT_NEAR).executable().count();
		ClockUtil.setCurrentTime(secondWarning);
		Job due = managementService.createJobQuery().processInstanceId(instance.getId())
			.activityId(TIMER_EXTENDED_LIMIT_NEAR).executable().singleResult();
		managementService.executeJob(due.getId());

		// then
		assertThat(dueBefore).isZero();
		assertThat(task(TASK_REQUEST_EXTENSION)).isNotNull();
		assertThat(task(TASK_REQUEST_EXTENSION).getDueDate()).isEqualTo(Date.from(EXTENDED_LIMIT));
	}

	@Test
	void shouldEndWarningWhenNoExtensionIsRequestedOrApproved() {
		// given
		ProcessInstance instance = filed();
		managementService.executeJob(timer(START_DECISION_LIMIT_NEAR).getId());

		// when
		complete(TASK_REQUEST_EXTENSION, Variables.createVariables().putValue(EXTENSION_REQUESTED, "false"));

		// then
		assertThat(instance).hasPassed("EndEvent_ExtensionNotRequested").isWaitingAt(TASK_INVESTIGATE);
		verify(caseService, never()).extendDecisionLimit(anyString());
	}

	@Test
	void shouldInvestigateOnWithoutExtensionWhenTeamLeaderRefusesIt() {
		// given
		ProcessInstance instance = filed();
		managementService.executeJob(timer(START_DECISION_LIMIT_NEAR).getId());
		complete(TASK_REQUEST_EXTENSION, Variables.createVariables().putValue(EXTENSION_REQUESTED, "true")
			.putValue(EXTENSION_REASON, "需鉴定"));

		// when
		complete(TASK_APPROVE_EXTENSION, Variables.createVariables().putValue(EXTENSION_APPROVED, "false"));

		// then
		assertThat(instance).hasPassed(TASK_APPROVE_EXTENSION).hasNotPassed(TASK_RECORD_EXTENSION)
			.isWaitingAt(TASK_INVESTIGATE);
		assertThat(task(TASK_APPROVE_EXTENSION)).isNull();
		verify(caseService, never()).extendDecisionLimit(anyString());
	}

	@Test
	void shouldKeepHandlersWhenHeadRefusesRecusal() {
		// given
		ProcessInstance instance = filed();
		runtimeService.createMessageCorrelation(MSG_RECUSAL_REQUESTED).processInstanceBusinessKey(caseNo)
			.setVariable(RECUSED_HANDLER, "xixi-officer-2").setVariable(RECUSAL_REASON, "当事人认为有利害关系")
			.correlate();

		// when
		complete(TASK_DECIDE_RECUSAL, Variables.createVariables().putValue(RECUSAL_GRANTED, "false"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_RECUSAL).isWaitingAt(TASK_INVESTIGATE);
		assertThat(instance).variables().containsEntry(HANDLER_2, "xixi-officer-2");
		verify(caseService).decideRecusal(eq(caseNo), eq("xixi-officer-2"), eq(false), any());
	}

	@Test
	void shouldRemindThePartyWhenPublicNoticeServedAndThePaymentPeriodLapses() {
		// given
		ProcessInstance instance = decided();
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "PUBLIC_NOTICE")
			.putValue(SERVED_AT, "2026-04-02"));

		// when
		Job notice = timer(EVENT_PUBLIC_NOTICE_LAPSED);
		managementService.executeJob(notice.getId());
		managementService.executeJob(timer(DecisionExecutionProcess.Elements.BOUNDARY_PAYMENT_OVERDUE).getId());

		// then
		assertThat(notice.getDuedate()).isEqualTo(deadlines.lapse("publicNoticeService", "2026-04-02"));
		assertThat(task(DecisionExecutionProcess.Elements.TASK_SERVE_REMINDER)).isNotNull();
		assertThat(instance).isWaitingAt(CALL_SERVE_AND_COLLECT);
	}

	@Test
	void shouldCountTheDayTheElectronicDeliveryArrivesAsTheDayOfService() {
		// given
		ProcessInstance instance = decided();
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "ELECTRONIC")
			.putValue(E_DELIVERY_CONSENT, true).putValue(SERVED_AT, "2026-04-02"));

		// when
		runtimeService.createMessageCorrelation(MSG_DELIVERY_RECEIPT).processInstanceBusinessKey(caseNo)
			.setVariable(SERVED_AT, at("2026-04-03T08:30")).correlate();

		// then
		verify(caseService).recordService(caseNo, "ELECTRONIC", at("2026-04-03T08:30").toInstant());
		assertThat(instance).isWaitingAt(CALL_SERVE_AND_COLLECT);
	}

	@Test
	void shouldServeAgainWhenNoElectronicReceiptArrivesWithinTheServicePeriod() {
		// given
		decided();
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "ELECTRONIC")
			.putValue(E_DELIVERY_CONSENT, true).putValue(SERVED_AT, "2026-04-02"));
		Job missing = timer(BOUNDARY_RECEIPT_MISSING);

		// when
		managementService.executeJob(missing.getId());

		// then
		assertThat(missing.getDuedate()).isEqualTo(deadlines.lapse("serviceOfDecision", at("2026-04-01T10:00")));
		assertThat(task(TASK_SERVE_DECISION)).isNotNull();
		verify(caseService, never()).recordService(eq(caseNo), anyString(), any());
	}

	@Test
	void shouldRefuseElectronicServiceWithoutConsent() {
		// given
		decided();

		// when
		InvalidRequestException refusal = refusalOf(TASK_SERVE_DECISION, Variables.createVariables()
			.putValue(SERVICE_METHOD, "ELECTRONIC").putValue(SERVED_AT, "2026-04-02"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(E_DELIVERY_CONSENT);
	}

	@Test
	void shouldSkipPaymentWhenOnlyAWarningIsDecided() {
		// given
		when(caseService.issueDecision(eq(caseNo), any())).thenReturn(
				new IssuedDecision("西湖综执罚〔2026〕第0002号", at("2026-04-01T10:00").toInstant(), null));
		reported(0, false, List.of("WARNING"));
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false"));

		// when
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "POST")
			.putValue(SERVED_AT, "2026-04-03"));

		// then
		assertThat(task(TASK_APPROVE_CLOSURE)).isNotNull();
	}

	@Test
	void shouldReviewMajorCaseInParallelThenLeaderThenCommitteeBeforeDeciding() {
		// given: a large fine makes the case major, with the hearing right, a legal review and a deliberation
		ProcessInstance instance = heard(20000);

		// then: the department's review and the legal review are open together
		assertThat(instance).isWaitingAt(TASK_REVIEW_BY_DEPARTMENT, TASK_REVIEW_LEGALITY);
		assertThat(taskService.getIdentityLinksForTask(task(TASK_REVIEW_BY_DEPARTMENT).getId()))
			.extracting(link -> link.getGroupId()).containsExactly("DEPT_URBAN_MANAGEMENT-reviewers");
		assertThat(taskService.getIdentityLinksForTask(task(TASK_REVIEW_LEGALITY).getId()))
			.extracting(link -> link.getGroupId()).containsExactly("legal-reviewer");

		// when
		passDepartmentAndLegalReviews();
		tasks().complete(TASK_APPROVE_BY_ENFORCEMENT_LEADER, "enforcement-leader", Variables.createVariables()
			.putValue(LEADER_APPROVED, "true").putValue(LEADER_OPINION, "同意"));
		tasks().complete(TASK_DELIBERATE_COLLECTIVELY, "committee-member", deliberation("APPROVE"));

		// then
		assertThat(instance).hasPassed(TASK_ISSUE_DECISION).isWaitingAt(CALL_SERVE_AND_COLLECT);
		assertThat(task(TASK_SERVE_DECISION)).isNotNull();
		assertThat(reviews.reviewsOf(caseNo)).extracting(CaseReview::kind, CaseReview::reviewer, CaseReview::reviewRound)
			.containsExactlyInAnyOrder(tuple(ReviewKind.DEPARTMENT, "dept-reviewer", 1),
					tuple(ReviewKind.LEGAL, "legal-reviewer", 1), tuple(ReviewKind.LEADER, "enforcement-leader", 1));
		assertThat(reviews.deliberationsOf(caseNo)).singleElement().satisfies(minutes -> {
			assertThat(minutes.conclusion()).isEqualTo(DeliberationConclusion.APPROVE);
			assertThat(minutes.attendees()).extracting(CollectiveDeliberation.Attendee::attendee)
				.containsExactly("韩欣", "冯健", "王伟");
		});
	}

	@Test
	void shouldSendBackAndReviewAgainInANewRoundWhenLegalReviewerSendsBack() {
		// given
		heard(20000);
		tasks().complete(TASK_REVIEW_BY_DEPARTMENT, "dept-reviewer", Variables.createVariables()
			.putValue(DEPARTMENT_REVIEW_OUTCOME, "PASSED").putValue(DEPARTMENT_REVIEW_OPINION, "同意"));

		// when
		tasks().complete(TASK_REVIEW_LEGALITY, "legal-reviewer", Variables.createVariables()
			.putValue(LEGAL_REVIEW_OUTCOME, "SEND_BACK").putValue(LEGAL_REVIEW_OPINION, "违法所得未查清，补充调查"));

		// then: back to the report; after it the case is reviewed again, in round 2, from clean verdicts
		assertThat(task(TASK_WRITE_INVESTIGATION_REPORT)).isNotNull();
		writeReport(20000, false);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		complete(TASK_REVIEW_MAJOR_CASE, approval());
		noticeAndStatement(false);
		assertThat(runtimeService.getVariable(processOf(TASK_REVIEW_LEGALITY), REVIEW_ROUND)).isEqualTo(2);
		assertThat(runtimeService.getVariable(processOf(TASK_REVIEW_LEGALITY), LEGAL_REVIEW_OUTCOME)).isNull();
		passDepartmentAndLegalReviews();
		assertThat(task(TASK_APPROVE_BY_ENFORCEMENT_LEADER)).isNotNull();
	}

	@Test
	void shouldSendBackWhenDepartmentReviewerSendsBackEvenIfLegalReviewPasses() {
		// given
		heard(20000);

		// when
		tasks().complete(TASK_REVIEW_BY_DEPARTMENT, "dept-reviewer", Variables.createVariables()
			.putValue(DEPARTMENT_REVIEW_OUTCOME, "SEND_BACK").putValue(DEPARTMENT_REVIEW_OPINION, "定性有误"));
		tasks().complete(TASK_REVIEW_LEGALITY, "legal-reviewer", Variables.createVariables()
			.putValue(LEGAL_REVIEW_OUTCOME, "PASSED").putValue(LEGAL_REVIEW_OPINION, "合法"));

		// then
		assertThat(task(TASK_WRITE_INVESTIGATION_REPORT)).isNotNull();
		assertThat(task(TASK_APPROVE_BY_ENFORCEMENT_LEADER)).isNull();
	}

	@Test
	void shouldSendBackWhenEnforcementLeaderDisagrees() {
		// given
		heard(20000);
		passDepartmentAndLegalReviews();

		// when
		tasks().complete(TASK_APPROVE_BY_ENFORCEMENT_LEADER, "enforcement-leader", Variables.createVariables()
			.putValue(LEADER_APPROVED, "false").putValue(LEADER_OPINION, "裁量过重，补充调查减轻情节"));

		// then
		assertThat(task(TASK_WRITE_INVESTIGATION_REPORT)).isNotNull();
		assertThat(reviews.reviewsOf(caseNo)).filteredOn(review -> review.kind() == ReviewKind.LEADER)
			.extracting(CaseReview::verdict).containsExactly(ReviewVerdict.SEND_BACK);
	}

	@Test
	void shouldSendBackWhenCommitteeSendsBack() {
		// given
		heard(20000);
		passDepartmentAndLegalReviews();
		tasks().complete(TASK_APPROVE_BY_ENFORCEMENT_LEADER, "enforcement-leader", Variables.createVariables()
			.putValue(LEADER_APPROVED, "true").putValue(LEADER_OPINION, "同意"));

		// when
		tasks().complete(TASK_DELIBERATE_COLLECTIVELY, "committee-member", deliberation("SEND_BACK"));

		// then
		assertThat(task(TASK_WRITE_INVESTIGATION_REPORT)).isNotNull();
		verify(caseService, never()).issueDecision(anyString(), any());
	}

	@Test
	void shouldRefuseDeliberationMinutesWithTooFewAttendeesOrAFutureDate() {
		// given
		heard(20000);
		passDepartmentAndLegalReviews();
		tasks().complete(TASK_APPROVE_BY_ENFORCEMENT_LEADER, "enforcement-leader", Variables.createVariables()
			.putValue(LEADER_APPROVED, "true").putValue(LEADER_OPINION, "同意"));
		tasks().claim(TASK_DELIBERATE_COLLECTIVELY, "committee-member");

		// when
		InvalidRequestException refusal = refusalOf(TASK_DELIBERATE_COLLECTIVELY, deliberation("APPROVE")
			.putValue(DELIBERATION_HELD_AT, "2027-01-01").putValue(DELIBERATION_ATTENDEES, "韩欣：同意\n冯健：同意"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(DELIBERATION_HELD_AT, DELIBERATION_ATTENDEES);
	}

	@Test
	void shouldRefuseReviewsWithoutVerdictOrReasons() {
		// given
		heard(20000);
		tasks().claim(TASK_REVIEW_BY_DEPARTMENT, "dept-reviewer");
		tasks().claim(TASK_REVIEW_LEGALITY, "legal-reviewer");

		// when
		InvalidRequestException department = refusalOf(TASK_REVIEW_BY_DEPARTMENT, Variables.createVariables()
			.putValue(DEPARTMENT_REVIEW_OUTCOME, "MAYBE"));
		InvalidRequestException legal = refusalOf(TASK_REVIEW_LEGALITY, Variables.createVariables()
			.putValue(LEGAL_REVIEW_OUTCOME, "SEND_BACK").putValue(LEGAL_REVIEW_OPINION, " "));

		// then
		assertThat(department.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(DEPARTMENT_REVIEW_OUTCOME, DEPARTMENT_REVIEW_OPINION);
		assertThat(legal.errors()).extracting(FieldError::message).containsExactly("请写明退回补充调查的理由和事项");
	}

	@Test
	void shouldRefuseALegalReviewerWhoHandlesTheCase() {
		// given
		heard(20000);

		// when
		Throwable claim = catchThrowable(() -> tasks().claim(TASK_REVIEW_LEGALITY, "xixi-officer-1"));

		// then
		assertThat(claim).isInstanceOf(TaskRefusedException.class).hasMessageContaining("承办人");
		assertThat(task(TASK_REVIEW_LEGALITY).getAssignee()).isNull();
	}

	@Test
	void shouldRefuseAFirstTimeLegalReviewerWithoutTheLegalQualification() {
		// given: the team leader has never given a legal review and holds no legal qualification
		heard(20000);

		// when
		Throwable claim = catchThrowable(() -> tasks().claim(TASK_REVIEW_LEGALITY, "team-leader"));

		// then
		assertThat(claim).isInstanceOf(TaskRefusedException.class).hasMessageContaining("法律职业资格");
	}

	@Test
	void shouldAcceptAnExperiencedLegalReviewerWithoutTheQualification() {
		// given: the sub-dispatcher has given a legal review before (the qualification is needed for the first one)
		heard(20000);
		reviews.record("西湖综执立〔2025〕第0099号", 1, ReviewKind.LEGAL, "sub-dispatcher", ReviewVerdict.PASSED, "合法",
				false, "earlier-task-" + caseNo);

		// when
		tasks().claim(TASK_REVIEW_LEGALITY, "sub-dispatcher");

		// then
		assertThat(task(TASK_REVIEW_LEGALITY).getAssignee()).isEqualTo("sub-dispatcher");
	}

	@Test
	void shouldBlockTheDecisionWithoutAPassedLegalReviewWhereOneIsRequired() {
		// when: whatever path led there, the decision step refuses a case whose required legal review did not pass
		Throwable blocked = catchThrowable(() -> startAtDecision(Variables.createVariables()
			.putValue(PROCEDURE_CLASS, "ORDINARY").putValue(LEGAL_REVIEW_REQUIRED, true)
			.putValue(COLLECTIVE_DELIBERATION, false).putValue(REVIEW_ROUND, 1)));

		// then
		assertThat(blocked).isInstanceOf(DecisionBlockedException.class).hasMessageContaining("法制审核");
		verify(caseService, never()).issueDecision(anyString(), any());
	}

	@Test
	void shouldBlockTheDecisionOfAHeardCaseWhoseLegalReviewWasSentBack() {
		// given: the review of this round sent the case back
		reviews.record(caseNo, 1, ReviewKind.LEGAL, "legal-reviewer", ReviewVerdict.SEND_BACK, "补充调查", true,
				"sent-back-" + caseNo);

		// when
		Throwable blocked = catchThrowable(() -> startAtDecision(Variables.createVariables()
			.putValue(PROCEDURE_CLASS, "ORDINARY").putValue(LEGAL_REVIEW_REQUIRED, false)
			.putValue(HEARING_HELD, true).putValue(COLLECTIVE_DELIBERATION, false).putValue(REVIEW_ROUND, 1)));

		// then
		assertThat(blocked).isInstanceOf(DecisionBlockedException.class);
	}

	@Test
	void shouldBlockTheDecisionWithoutTheCommitteesApprovalWhereDeliberationIsRequired() {
		// given: the legal review passed, but no deliberation approved the case
		reviews.record(caseNo, 1, ReviewKind.LEGAL, "legal-reviewer", ReviewVerdict.PASSED, "合法", true,
				"passed-" + caseNo);

		// when
		Throwable blocked = catchThrowable(() -> startAtDecision(Variables.createVariables()
			.putValue(PROCEDURE_CLASS, "MAJOR").putValue(LEGAL_REVIEW_REQUIRED, true)
			.putValue(COLLECTIVE_DELIBERATION, true).putValue(REVIEW_ROUND, 1)));

		// then
		assertThat(blocked).isInstanceOf(DecisionBlockedException.class).hasMessageContaining("集体讨论");
	}

	@Test
	void shouldReviewLegalityAloneWhenAnOrdinaryCaseRequiresIt() {
		// given: an ordinary case for which the decision table (as an administrator may set it) requires a legal review
		ProcessInstance instance = reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		runtimeService.setVariable(instance.getId(), LEGAL_REVIEW_REQUIRED, true);
		approveOrdinary();
		noticeAndStatement(false);

		// when
		tasks().complete(TASK_REVIEW_LEGALITY, "legal-reviewer", Variables.createVariables()
			.putValue(LEGAL_REVIEW_OUTCOME, "PASSED").putValue(LEGAL_REVIEW_OPINION, "合法"));

		// then
		assertThat(runtimeService.getVariable(processOf(TASK_SERVE_DECISION), PROCEDURE_CLASS)).isEqualTo("ORDINARY");
		assertThat(task(TASK_REVIEW_BY_DEPARTMENT)).isNull();
		assertThat(task(TASK_SERVE_DECISION)).isNotNull();
	}

	@Test
	void shouldHoldTheHearingThenRecheckAndReviewWhenThePartyRequestsItInTime() {
		// given
		ProcessInstance instance = noticed(20000);

		// when
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false")
			.putValue(HEARING_REQUESTED, true).putValue(HEARING_REQUESTED_AT, "2026-03-23"));
		holdHearing();

		// then: the decision follows the record, so the handlers re-check, and the reviews follow
		assertThat(instance).hasPassed(CALL_HEARING).isWaitingAt(TASK_RECHECK_STATEMENT);
		assertThat(instance).variables().containsEntry(HEARING_HELD, true).containsKey(HEARING_REPORT);
		complete(TASK_RECHECK_STATEMENT, Variables.createVariables().putValue(RECHECK_CONCLUSION, "依听证笔录，维持")
			.putValue(DECIDED_PENALTY_KINDS, List.of("FINE")).putValue(DECIDED_FINE, 20000));
		assertThat(instance).isWaitingAt(TASK_REVIEW_BY_DEPARTMENT, TASK_REVIEW_LEGALITY);
	}

	@Test
	void shouldLeaveTheHearingDaysOutOfTheDecisionLimitWhenTheHearingEnds() {
		// given
		ProcessInstance instance = noticed(20000);
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false")
			.putValue(HEARING_REQUESTED, true).putValue(HEARING_REQUESTED_AT, "2026-03-23"));
		Date warning = timer(START_DECISION_LIMIT_NEAR).getDuedate();

		scheduleAndNotifyHearing();

		// when
		ClockUtil.setCurrentTime(at("2026-04-20T11:00"));
		holdScheduledHearing();

		// then: the days from the request to the end of the hearing do not count, the case follows the new end
		verify(caseService).excludeFromDecisionLimit(caseNo,
				new DateInterval(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 20)));
		Date limit = Date.from(LIMIT_WITHOUT_HEARING);
		assertThat(instance).variables().containsEntry(DECISION_DUE_AT, limit);
		assertThat(task(TASK_RECHECK_STATEMENT).getDueDate()).isEqualTo(limit);
		assertThat(timer(START_DECISION_LIMIT_NEAR).getDuedate()).isEqualTo(deadlines.warningBefore(limit))
			.isAfter(warning);
	}

	@Test
	void shouldGoStraightToTheReviewsWhenThePartyWaivesTheHearingWithoutStatement() {
		// given
		ProcessInstance instance = noticed(20000);
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false")
			.putValue(HEARING_REQUESTED, true).putValue(HEARING_REQUESTED_AT, "2026-03-23"));
		scheduleAndNotifyHearing();

		// when
		managementService.executeJob(timer("Event_HearingDay").getId());
		tasks().complete("Task_HoldHearing", "legal-reviewer", Variables.createVariables()
			.putValue("partyAttendance", "ABSENT"));

		// then
		assertThat(instance).hasPassed(CALL_HEARING).hasNotPassed(TASK_RECHECK_STATEMENT);
		assertThat(instance).variables().containsEntry(HEARING_HELD, false);
		assertThat(instance).isWaitingAt(TASK_REVIEW_BY_DEPARTMENT, TASK_REVIEW_LEGALITY);
	}

	@Test
	void shouldRefuseAHearingRequestWithoutTheRightOrAfterFiveWorkingDays() {
		// given: a fine of 500 yuan carries no hearing right
		reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));

		// when
		InvalidRequestException noRight = refusalOf(TASK_HEAR_STATEMENT, Variables.createVariables()
			.putValue(STATEMENT_MADE, "false").putValue(HEARING_REQUESTED, true)
			.putValue(HEARING_REQUESTED_AT, "2026-03-23"));

		// then
		assertThat(noRight.errors()).extracting(FieldError::field).containsExactly(HEARING_REQUESTED);
	}

	@Test
	void shouldRefuseAHearingRequestMadeAfterTheFiveWorkingDays() {
		// given
		noticed(20000);

		// when: five working days after Friday 20 March end on Friday 27 March
		InvalidRequestException late = refusalOf(TASK_HEAR_STATEMENT, Variables.createVariables()
			.putValue(STATEMENT_MADE, "false").putValue(HEARING_REQUESTED, true)
			.putValue(HEARING_REQUESTED_AT, "2026-03-30"));

		// then
		assertThat(late.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo(HEARING_REQUESTED_AT);
			assertThat(error.message()).contains("2026-03-27");
		});
	}

	@Test
	void shouldGiveTheHearingRequestPeriodAsTheStatementWindowWhenThePartyHasTheRight() {
		// when
		noticed(20000);

		// then
		assertThat(task(TASK_HEAR_STATEMENT).getDueDate())
			.isEqualTo(deadlines.due("hearingRequest", "2026-03-20", "URBAN_MANAGEMENT"));
		assertThat(timer(BOUNDARY_STATEMENT_PERIOD_LAPSED).getDuedate())
			.isEqualTo(deadlines.lapse("hearingRequest", "2026-03-20", "URBAN_MANAGEMENT"));
	}

	@Test
	void shouldStopExecutionAndCloseWhenTheDecisionIsRevoked() {
		// given
		ProcessInstance instance = decided();
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "DIRECT")
			.putValue(SERVED_AT, "2026-04-02"));

		// when
		runtimeService.createMessageCorrelation(MSG_DECISION_REVOKED).processInstanceBusinessKey(caseNo)
			.setVariable(REVOCATION_REASON, "复议机关撤销").correlate();

		// then
		assertThat(instance).hasPassed(BOUNDARY_DECISION_REVOKED, TASK_RECORD_REVOCATION)
			.isWaitingAt(TASK_APPROVE_CLOSURE);
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SERVICE_KEY)
			.processInstanceBusinessKey(caseNo).count()).isZero();
		verify(caseService).recordRevocation(caseNo, "复议机关撤销");
	}

	/** A major case (the fine decides it) noticed with the hearing right, the party silent: at the reviews. */
	private ProcessInstance heard(int fine) {
		ProcessInstance instance = noticed(fine);
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false"));
		return instance;
	}

	/** A major case whose prior notice was served on Friday 20 March 2026. */
	private ProcessInstance noticed(int fine) {
		ProcessInstance instance = reported(fine);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		complete(TASK_REVIEW_MAJOR_CASE, approval());
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));
		return instance;
	}

	private void noticeAndStatement(boolean statementMade) {
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, String.valueOf(statementMade))
			.putValue(STATEMENT, statementMade ? "有异议" : null));
	}

	private void writeReport(int fine, boolean publicInterest) {
		complete(TASK_WRITE_INVESTIGATION_REPORT, Variables.createVariables().putValue(FACTS, "占道经营")
			.putValue(LEGAL_BASIS, "城市市容和环境卫生管理条例").putValue(PROPOSED_PENALTY_KINDS, List.of("FINE"))
			.putValue(PROPOSED_FINE, fine).putValue(PUBLIC_INTEREST, publicInterest).putValue(COMPLEX, false));
	}

	private void passDepartmentAndLegalReviews() {
		tasks().complete(TASK_REVIEW_BY_DEPARTMENT, "dept-reviewer", Variables.createVariables()
			.putValue(DEPARTMENT_REVIEW_OUTCOME, "PASSED").putValue(DEPARTMENT_REVIEW_OPINION, "事实清楚，同意"));
		tasks().complete(TASK_REVIEW_LEGALITY, "legal-reviewer", Variables.createVariables()
			.putValue(LEGAL_REVIEW_OUTCOME, "PASSED").putValue(LEGAL_REVIEW_OPINION, "主体合法，程序正当"));
	}

	private static VariableMap deliberation(String conclusion) {
		return Variables.createVariables().putValue(DELIBERATION_HELD_AT, "2026-03-02")
			.putValue(DELIBERATION_ATTENDEES, "韩欣：同意\n冯健：同意\n王伟：同意，建议从轻")
			.putValue(DELIBERATION_CONCLUSION, conclusion).putValue(DELIBERATION_SUMMARY, "经集体讨论，" + conclusion);
	}

	private static VariableMap approval() {
		return Variables.createVariables().putValue(APPROVED, "true").putValue(APPROVAL_OPINION, "同意");
	}

	private void scheduleAndNotifyHearing() {
		complete("Task_ScheduleHearing", Variables.createVariables().putValue("presidingOfficer", "legal-reviewer")
			.putValue("hearingAt", "2026-04-20T09:00").putValue("hearingPlace", "管委会听证室")
			.putValue("publicHearing", "true"));
		complete("Task_ServeHearingNotice", Variables.createVariables().putValue("hearingNoticeServedAt", "2026-04-01"));
	}

	private void holdHearing() {
		scheduleAndNotifyHearing();
		holdScheduledHearing();
	}

	private void holdScheduledHearing() {
		managementService.executeJob(timer("Event_HearingDay").getId());
		tasks().complete("Task_HoldHearing", "legal-reviewer", Variables.createVariables()
			.putValue("partyAttendance", "APPEARED").putValue("hearingRecord", "调查人员陈述，当事人申辩")
			.putValue("hearingRecordSigned", "true"));
		tasks().complete("Task_WriteHearingReport", "legal-reviewer", Variables.createVariables()
			.putValue(HEARING_REPORT, "事实清楚，建议维持"));
	}

	private void startAtDecision(VariableMap variables) {
		runtimeService.createProcessInstanceByKey(KEY).businessKey(caseNo).setVariables(variables)
			.setVariable(CASE_NO, caseNo).setVariable(SQUAD, SQUAD_XIXI).setVariable(PROPOSED_FINE, 500)
			.setVariable(PROPOSED_PENALTY_KINDS, List.of("FINE")).setVariable(FILED_AT, FILED)
			.setVariable(LINE_AREA, "URBAN_MANAGEMENT").setVariable(DECISION_DUE_AT, deadlines.due("decisionLimit", FILED))
			.startBeforeActivity(TASK_ISSUE_DECISION).execute();
	}

	private String processOf(String taskKey) {
		return task(taskKey).getProcessInstanceId();
	}

	private ProcessInstance open() {
		return runtimeService.startProcessInstanceByKey(KEY, caseNo, Variables.createVariables()
			.putValue(CASE_NO, caseNo).putValue(CLUE_NO, "XS2026-000001").putValue(SQUAD, SQUAD_XIXI)
			.putValue(CATALOGUE_VERSION, 1));
	}

	private ProcessInstance filed() {
		ProcessInstance instance = open();
		complete(TASK_APPROVE_FILING, filing());
		return instance;
	}

	private ProcessInstance reported(int fine) {
		return reported(fine, false);
	}

	private ProcessInstance reported(int fine, boolean publicInterest) {
		return reported(fine, publicInterest, List.of("FINE"));
	}

	private ProcessInstance reported(int fine, boolean publicInterest, List<String> kinds) {
		ProcessInstance instance = filed();
		complete(TASK_INVESTIGATE, Variables.createVariables().putValue(INVESTIGATION_NOTES, "现场检查并制作笔录"));
		complete(TASK_WRITE_INVESTIGATION_REPORT, Variables.createVariables().putValue(FACTS, "占道经营")
			.putValue(LEGAL_BASIS, "城市市容和环境卫生管理条例").putValue(PROPOSED_PENALTY_KINDS, kinds)
			.putValue(PROPOSED_FINE, fine).putValue(PUBLIC_INTEREST, publicInterest).putValue(COMPLEX, false));
		return instance;
	}

	private ProcessInstance decided() {
		ProcessInstance instance = reported(500);
		complete(TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		approveOrdinary();
		complete(TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, "2026-03-20"));
		complete(TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false"));
		return instance;
	}

	private void approveOrdinary() {
		complete(TASK_APPROVE_BY_SQUAD_LEADER, Variables.createVariables().putValue(SQUAD_LEADER_APPROVED, "true")
			.putValue(APPROVAL_OPINION, "同意"));
		complete(TASK_APPROVE_BY_TEAM_LEADER, Variables.createVariables().putValue(APPROVED, "true")
			.putValue(APPROVAL_OPINION, "同意"));
	}

	private static VariableMap filing() {
		String body = "33010619900307123";
		return Variables.createVariables().putValue(FILING_APPROVED, "true").putValue(FILING_OPINION, "同意立案")
			.putValue(ITEM_CODE, "ITEM-1").putValue(LINE_AREA, "URBAN_MANAGEMENT").putValue(CASE_SUMMARY, "占道经营")
			.putValue(PARTY_TYPE, "CITIZEN").putValue(PARTY_NAME, "张三")
			.putValue(PARTY_ID_NUMBER, body + IdentityNumbers.residentCheckCharacter(body))
			.putValue(HANDLER_1, "xixi-officer-1").putValue(HANDLER_2, "xixi-officer-2");
	}

	private static VariableMap review(ReviewOutcome outcome) {
		return Variables.createVariables().putValue(REVIEW_OUTCOME, outcome.name()).putValue(REVIEW_OPINION, "审查意见");
	}

	private Task task(String key) {
		return tasks().task(key);
	}

	private void complete(String key, VariableMap variables) {
		tasks().complete(key, variables);
	}

	private ProcessTasks tasks() {
		return new ProcessTasks(taskService, caseNo);
	}

	private Job timer(String activityId) {
		return managementService.createJobQuery().processInstanceId(anyInstanceOf(activityId)).activityId(activityId)
			.singleResult();
	}

	private String anyInstanceOf(String activityId) {
		return managementService.createJobQuery().activityId(activityId).list().stream()
			.map(Job::getProcessInstanceId)
			.filter(id -> caseNo.equals(runtimeService.createProcessInstanceQuery().processInstanceId(id)
				.singleResult().getBusinessKey()))
			.findFirst().orElseThrow(() -> new AssertionError("no job at " + activityId));
	}

	private InvalidRequestException refusalOf(String key, VariableMap variables) {
		return tasks().refusalOf(key, variables);
	}

	private static Date at(String localDateTime) {
		return ProcessTasks.shanghai(localDateTime);
	}

}

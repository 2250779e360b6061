package org.zhifa.casefile;

import java.time.Instant;
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
import org.zhifa.deadline.Deadlines;
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
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0.9)
		.flowNodeCoverageOfAtLeast(KEY, 0.9)
		.flowNodeCoverageOfAtLeast(DecisionServiceProcess.KEY, 0.9);

	static final String SQUAD_XIXI = "squad-xixi";

	static final Date FILED = at("2026-03-02T09:00");

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
		when(caseService.extendDecisionLimit(caseNo)).thenReturn(Instant.parse("2026-07-01T15:59:59Z"));
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
		assertThat(timer(BOUNDARY_DECISION_LIMIT_NEAR).getDuedate())
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
		managementService.executeJob(timer(BOUNDARY_DECISION_LIMIT_NEAR).getId());
		complete(TASK_REQUEST_EXTENSION, Variables.createVariables().putValue(EXTENSION_REQUESTED, "true")
			.putValue(EXTENSION_REASON, "需鉴定"));
		complete(TASK_APPROVE_EXTENSION, Variables.createVariables().putValue(EXTENSION_APPROVED, "true"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_EXTENSION).isWaitingAt(TASK_INVESTIGATE);
		verify(caseService).extendDecisionLimit(caseNo);
	}

	@Test
	void shouldEndWarningWhenNoExtensionIsRequestedOrApproved() {
		// given
		ProcessInstance instance = filed();
		managementService.executeJob(timer(BOUNDARY_DECISION_LIMIT_NEAR).getId());

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
		managementService.executeJob(timer(BOUNDARY_DECISION_LIMIT_NEAR).getId());
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
	void shouldPursuePaymentWhenPublicNoticeServedAndPeriodLapses() {
		// given
		ProcessInstance instance = decided();
		complete(TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "PUBLIC_NOTICE")
			.putValue(SERVED_AT, "2026-04-02"));

		// when
		Job notice = timer(EVENT_PUBLIC_NOTICE_LAPSED);
		managementService.executeJob(notice.getId());
		managementService.executeJob(timer(BOUNDARY_PAYMENT_PERIOD_LAPSED).getId());
		complete(TASK_PURSUE_PAYMENT, Variables.createVariables().putValue(ENFORCEMENT_NOTES, "已催告"));

		// then
		assertThat(notice.getDuedate()).isEqualTo(deadlines.lapse("publicNoticeService", "2026-04-02"));
		assertThat(task(TASK_APPROVE_CLOSURE)).isNotNull();
		assertThat(instance).hasPassed(CALL_SERVE_AND_COLLECT);
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

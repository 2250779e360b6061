package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.zhifa.deadline.Deadlines;
import org.zhifa.enforcement.DecisionExecutionProcess;
import org.zhifa.test.ProcessCoverageConfiguration;
import org.zhifa.test.ProcessTasks;
import org.zhifa.test.SpringProcessCoverage;
import org.zhifa.test.ZhifaIntegrationTest;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.zhifa.casefile.SimpleProcedureProcess.*;
import static org.zhifa.casefile.SimpleProcedureProcess.Elements.*;

/**
 * Paths of {@code SimpleProcedureProcess} with the case service mocked: a warning only, a fine paid later through
 * the payment platform or pursued after the payment period, a fine collected on the spot (up to 100 yuan, or more
 * because collecting later is hard) and handed to the organ within 2 working days, and the server-side refusals
 * beyond the limits of 行政处罚法 Art 51 at their boundaries. At least 90 % of the flow nodes must be entered.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class SimpleProcedureProcessTest {

	@RegisterExtension
	// The class gate would count DecisionExecutionProcess, which DecisionExecutionProcessTest covers; the gates per
	// process below are the ones that matter here.
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0)
		.flowNodeCoverageOfAtLeast(KEY, 0.9);

	static final String SQUAD_XIXI = "squad-xixi";

	static final String DECISION = "西湖综执罚〔2026〕第0101号";

	static final Date DECIDED = at("2026-03-02T09:00");

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
		ClockUtil.setCurrentTime(DECIDED);
		caseNo = "西湖综执立〔2026〕第S" + SEQUENCE.incrementAndGet() + "号";
		when(caseService.decideOnTheSpot(eq(caseNo), any())).thenAnswer(call -> {
			OnTheSpotDecision decision = call.getArgument(1);
			boolean platform = decision.fine() != null && decision.fine().signum() > 0 && !decision.collectOnTheSpot();
			return new IssuedDecision(DECISION, ClockUtil.getCurrentTime().toInstant(), platform ? "LOCAL1" : null);
		});
		when(caseService.recordOnTheSpotCollection(eq(caseNo), anyString(), any()))
			.thenAnswer(call -> ClockUtil.getCurrentTime().toInstant());
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldFileAndArchiveWithoutPaymentWhenOnlyAWarningIsDecided() {
		// given
		ProcessInstance instance = open();
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("WARNING"), null));

		// when
		complete(TASK_FILE_WITH_ORGAN, Variables.createVariables().putValue(FILED_WITH_ORGAN_AT, "2026-03-02"));
		managementService.executeJob(job(TASK_REPORT_TO_SOURCE).getId());

		// then
		assertThat(instance).hasPassed(TASK_ISSUE_ON_THE_SPOT_DECISION, TASK_RECORD_FILING_WITH_ORGAN,
				TASK_ARCHIVE_CASE, END_SIMPLE_CASE_CLOSED).hasNotPassed(GATEWAY_COLLECT_ON_THE_SPOT).isEnded();
		assertThat(instance).variables().containsEntry(DECISION_NO, DECISION).containsEntry(FINE_IMPOSED, false);
		verify(caseService).recordFilingWithOrgan(caseNo, at("2026-03-02T00:00").toInstant());
		verify(caseService).archive(caseNo);
		verify(caseService).reportOutcomeToSource(caseNo);
	}

	@Test
	void shouldSetFilingWithOrganDueDateFromDecisionWhenDecided() {
		// given
		open();

		// when
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("WARNING"), null));

		// then
		assertThat(task(TASK_FILE_WITH_ORGAN).getDueDate())
			.isEqualTo(deadlines.due("onTheSpotDecisionFiling", DECIDED));
		assertThat(task(TASK_FILE_WITH_ORGAN)).hasCandidateGroup(SQUAD_XIXI);
	}

	@Test
	void shouldWaitForPlatformAndFileWhenFineIsPaidLater() {
		// given
		ProcessInstance instance = open();
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("WARNING", "FINE"), 150));

		// when
		runtimeService.createMessageCorrelation(MSG_PAYMENT_RECEIVED).processInstanceBusinessKey(caseNo)
			.setVariable(PAID_AT, at("2026-03-05T10:00")).correlate();

		// then
		assertThat(instance).hasPassed(CALL_EXECUTE_FINE).hasNotPassed(TASK_COLLECT_ON_THE_SPOT)
			.isWaitingAt(TASK_FILE_WITH_ORGAN);
		assertThat(instance).variables().containsEntry(PAYMENT_CODE, "LOCAL1").containsEntry(DECIDED_FINE, 150d);
	}

	@Test
	void shouldExecuteTheFineFromTheDecisionDayWhenItIsNotCollectedOnTheSpot() {
		// given
		ProcessInstance instance = open();

		// when
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.LEGAL_PERSON, List.of("FINE"), 2000));

		// then: the decision is handed over on the spot, so the 15 days run from the decision
		ProcessInstance execution = runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(DecisionExecutionProcess.KEY).processInstanceBusinessKey(caseNo).singleResult();
		Job lapse = managementService.createJobQuery().processInstanceId(execution.getId())
			.activityId(DecisionExecutionProcess.Elements.BOUNDARY_PAYMENT_OVERDUE).singleResult();
		assertThat(lapse.getDuedate()).isEqualTo(deadlines.lapse("paymentPeriod", DECIDED));
		assertThat(instance).isWaitingAt(CALL_EXECUTE_FINE);
	}

	@Test
	void shouldCollectOnTheSpotAndHandOverWhenFineIsAtMost100() {
		// given
		ProcessInstance instance = open();
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("FINE"), 100)
			.putValue(COLLECT_ON_THE_SPOT, true));
		complete(TASK_COLLECT_ON_THE_SPOT, Variables.createVariables().putValue(FISCAL_RECEIPT_NO, "浙财罚00012345")
			.putValue(COLLECTED_AMOUNT, 100));

		// when
		complete(TASK_HAND_OVER_CASH, Variables.createVariables().putValue(HANDED_OVER_AT, "2026-03-02"));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_COLLECTION, TASK_RECORD_HAND_OVER).hasNotPassed(CALL_EXECUTE_FINE)
			.isWaitingAt(TASK_FILE_WITH_ORGAN);
		verify(caseService).recordOnTheSpotCollection(caseNo, "浙财罚00012345", new BigDecimal("100"));
		verify(caseService).recordCashHandOver(caseNo, at("2026-03-02T00:00").toInstant());
	}

	@Test
	void shouldCollectOnTheSpotOver100WhenCollectingLaterIsHard() {
		// given
		ProcessInstance instance = open();

		// when
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("FINE"), 200)
			.putValue(COLLECT_ON_THE_SPOT, true).putValue(COLLECTION_REASON, "当事人为外地游客，事后难以执行"));

		// then
		assertThat(instance).isWaitingAt(TASK_COLLECT_ON_THE_SPOT);
		assertThat(instance).variables().containsEntry(COLLECT_ON_THE_SPOT, true).containsEntry(PAYMENT_CODE, null);
	}

	@Test
	void shouldRefuseCollectionOnTheSpotOver100WithoutReason() {
		// given
		open();

		// when
		InvalidRequestException refusal = refusalOf(TASK_DECIDE_ON_THE_SPOT,
				decision(PartyType.CITIZEN, List.of("FINE"), 101).putValue(COLLECT_ON_THE_SPOT, true));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(COLLECTION_REASON);
		verify(caseService, never()).decideOnTheSpot(anyString(), any());
	}

	@Test
	void shouldRefuseCollectionWhenAmountDiffersFromFine() {
		// given
		open();
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("FINE"), 50)
			.putValue(COLLECT_ON_THE_SPOT, true));

		// when
		InvalidRequestException refusal = refusalOf(TASK_COLLECT_ON_THE_SPOT,
				Variables.createVariables().putValue(COLLECTED_AMOUNT, 40));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(FISCAL_RECEIPT_NO, COLLECTED_AMOUNT);
	}

	@Test
	void shouldSetHandOverDueDateTwoWorkingDaysAfterCollectionAcrossLabourDay() {
		// given
		Date collected = at("2026-04-30T10:00");
		ClockUtil.setCurrentTime(collected);
		open();
		complete(TASK_DECIDE_ON_THE_SPOT, decision(PartyType.CITIZEN, List.of("FINE"), 50)
			.putValue(COLLECT_ON_THE_SPOT, true));

		// when
		complete(TASK_COLLECT_ON_THE_SPOT, Variables.createVariables().putValue(FISCAL_RECEIPT_NO, "浙财罚00012346")
			.putValue(COLLECTED_AMOUNT, 50));

		// then: 1–5 May 2026 are holidays, so the two working days are 6 and 7 May (行政处罚法 Art 71, 85)
		assertThat(task(TASK_HAND_OVER_CASH).getDueDate())
			.isEqualTo(deadlines.due("onTheSpotFineHandover", collected))
			.isEqualTo(Date.from(LocalDateTime.parse("2026-05-07T23:59:59").atZone(ZoneId.of("Asia/Shanghai"))
				.toInstant()));
	}

	@ParameterizedTest(name = "{0} fined {1} yuan: on the spot {2}")
	@CsvSource({ "CITIZEN, 200, true", "CITIZEN, 201, false", "LEGAL_PERSON, 3000, true",
			"LEGAL_PERSON, 3001, false", "OTHER_ORGANISATION, 3000, true", "OTHER_ORGANISATION, 3001, false" })
	void shouldDecideOnTheSpotOnlyWithinTheLimitsOfArticle51(PartyType type, int fine, boolean allowed) {
		// given
		ProcessInstance instance = open();

		// when
		Throwable thrown = catchThrowable(
				() -> complete(TASK_DECIDE_ON_THE_SPOT, decision(type, List.of("FINE"), fine)));

		// then
		if (allowed) {
			assertThat(thrown).isNull();
			assertThat(instance).hasPassed(TASK_ISSUE_ON_THE_SPOT_DECISION).isWaitingAt(CALL_EXECUTE_FINE);
		}
		else {
			assertThat(refusal(thrown).errors()).extracting(FieldError::field).containsExactly(DECIDED_FINE);
			assertThat(refusal(thrown).errors().get(0).message()).contains("普通程序");
			assertThat(instance).isWaitingAt(TASK_DECIDE_ON_THE_SPOT);
		}
	}

	@Test
	void shouldRefuseOtherPenaltyKindsAndUncertainFactsOnTheSpot() {
		// given
		open();

		// when
		InvalidRequestException refusal = refusalOf(TASK_DECIDE_ON_THE_SPOT,
				decision(PartyType.CITIZEN, List.of("FINE", "SUSPEND_LICENCE"), 100).putValue(FACTS_CERTAIN, false));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(DECIDED_PENALTY_KINDS, FACTS_CERTAIN);
	}

	@Test
	void shouldRefuseAuxiliaryAsOfficerAndInvalidIdentityNumber() {
		// given
		open();

		// when
		InvalidRequestException refusal = refusalOf(TASK_DECIDE_ON_THE_SPOT,
				decision(PartyType.CITIZEN, List.of("WARNING"), null).putValue(HANDLER_2, "xixi-aux")
					.putValue(PARTY_ID_NUMBER, "330106199003071230"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).contains(HANDLER_2, PARTY_ID_NUMBER);
	}

	private ProcessInstance open() {
		return runtimeService.startProcessInstanceByKey(KEY, caseNo, Variables.createVariables()
			.putValue(CASE_NO, caseNo).putValue(CLUE_NO, "XS2026-000002").putValue(SQUAD, SQUAD_XIXI)
			.putValue(CATALOGUE_VERSION, 1).putValue(LINE_AREA, "URBAN_MANAGEMENT"));
	}

	static VariableMap decision(PartyType type, List<String> kinds, Integer fine) {
		String body = type == PartyType.CITIZEN ? "33010619900307123" : "91330106MA27U1234";
		char check = type == PartyType.CITIZEN ? IdentityNumbers.residentCheckCharacter(body)
				: IdentityNumbers.creditCheckCharacter(body);
		VariableMap variables = Variables.createVariables().putValue(FACTS_CERTAIN, true)
			.putValue(PARTY_TYPE, type.name()).putValue(PARTY_NAME, type == PartyType.CITIZEN ? "张三" : "某某餐饮有限公司")
			.putValue(PARTY_ID_NUMBER, body + check).putValue(HANDLER_1, "xixi-officer-1")
			.putValue(HANDLER_2, "xixi-officer-2").putValue(FACTS, "在西溪湿地核心区内违规垂钓")
			.putValue(LEGAL_BASIS, "《杭州西溪国家湿地公园保护管理条例》").putValue(DECIDED_PENALTY_KINDS, kinds)
			.putValue(COLLECT_ON_THE_SPOT, false);
		if (fine != null) {
			variables.putValue(DECIDED_FINE, fine);
		}
		return variables;
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

	private Job job(String activityId) {
		String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
			.processInstanceBusinessKey(caseNo).singleResult().getId();
		return managementService.createJobQuery().processInstanceId(instanceId).activityId(activityId).singleResult();
	}

	private InvalidRequestException refusalOf(String key, VariableMap variables) {
		return tasks().refusalOf(key, variables);
	}

	private static InvalidRequestException refusal(Throwable thrown) {
		return ProcessTasks.refusal(thrown);
	}

	private static Date at(String localDateTime) {
		return ProcessTasks.shanghai(localDateTime);
	}

}

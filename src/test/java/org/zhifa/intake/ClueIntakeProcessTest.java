package org.zhifa.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.zhifa.intake.ClueIntakeProcess.NotFiledReason;
import org.zhifa.intake.ClueIntakeProcess.Procedure;
import org.zhifa.intake.ClueIntakeProcess.VerificationOutcome;
import org.zhifa.routing.RoutingResult;
import org.zhifa.test.ProcessCoverageConfiguration;
import org.zhifa.test.SpringProcessCoverage;
import org.zhifa.test.ZhifaIntegrationTest;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.zhifa.intake.ClueIntakeProcess.AREA_CODE;
import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.EDUCATION_RECORD;
import static org.zhifa.intake.ClueIntakeProcess.ESCALATION_NOTES;
import static org.zhifa.intake.ClueIntakeProcess.Elements.BOUNDARY_FEEDBACK_DURING_ESCALATION;
import static org.zhifa.intake.ClueIntakeProcess.Elements.BOUNDARY_FEEDBACK_OVERDUE;
import static org.zhifa.intake.ClueIntakeProcess.Elements.END_CLUE_CLOSED;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_AWAIT_TRANSFER_FEEDBACK;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_CLASSIFY_CLUE;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_DISPATCH_MANUALLY;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_ESCALATE_TRANSFER;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_FILE_CASE;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_RECORD_CLASSIFICATION;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_RECORD_MANUAL_DISPATCH;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_RECORD_NOT_FILED;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_RECORD_TRANSFER_FEEDBACK;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_REMIND_TRANSFER;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_SEND_OUTCOME_TO_SOURCE;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_SEND_TRANSFER_LETTER;
import static org.zhifa.intake.ClueIntakeProcess.Elements.TASK_VERIFY_CLUE;
import static org.zhifa.intake.ClueIntakeProcess.HANDLING_BODY;
import static org.zhifa.intake.ClueIntakeProcess.ITEM_CODE;
import static org.zhifa.intake.ClueIntakeProcess.KEY;
import static org.zhifa.intake.ClueIntakeProcess.LINE_AREA;
import static org.zhifa.intake.ClueIntakeProcess.MSG_TRANSFER_FEEDBACK;
import static org.zhifa.intake.ClueIntakeProcess.NOT_FILED_REASON;
import static org.zhifa.intake.ClueIntakeProcess.PROCEDURE;
import static org.zhifa.intake.ClueIntakeProcess.REGISTERED_AT;
import static org.zhifa.intake.ClueIntakeProcess.REMINDERS_BEFORE_ESCALATION;
import static org.zhifa.intake.ClueIntakeProcess.REMINDER_COUNT;
import static org.zhifa.intake.ClueIntakeProcess.SQUAD;
import static org.zhifa.intake.ClueIntakeProcess.TRANSFER_FEEDBACK;
import static org.zhifa.intake.ClueIntakeProcess.TRANSFER_LETTER_NO;
import static org.zhifa.intake.ClueIntakeProcess.VERIFICATION_NOTES;
import static org.zhifa.intake.ClueIntakeProcess.VERIFICATION_OUTCOME;

/**
 * Every path of {@code ClueIntakeProcess} with the clue service mocked: each gateway branch, the feedback timer with
 * its reminders and escalation, the feedback message, the reroute loop, manual dispatch and the server-side check of
 * the verification. Process coverage is reported under {@code target/process-test-coverage} and must reach 90 %.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class ClueIntakeProcessTest {

	@RegisterExtension
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0.9)
		.flowNodeCoverageOfAtLeast(KEY, 0.9);

	static final String FILING_LIMIT = "filingLimit";

	static final String TRANSFER_FEEDBACK_PERIOD = "transferFeedback";

	static final String COMPREHENSIVE = "COMPREHENSIVE";

	static final String MARKET_REGULATION = "MARKET_REGULATION";

	static final String MANUAL_DISPATCH = "MANUAL_DISPATCH";

	static final String SQUAD_XIXI = "squad-xixi";

	static final String SQUAD_ECO = "squad-pro-eco";

	static final String SUB_DISPATCHER = "sub-dispatcher";

	static final String DISPATCHER = "dispatcher";

	static final String URBAN_MANAGEMENT = "URBAN_MANAGEMENT";

	static final String FOREST_WATER = "FOREST_WATER";

	static final Date REGISTERED = at("2026-03-02T09:00");

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@MockitoBean
	ClueService clueService;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	FormService formService;

	@Autowired
	Deadlines deadlines;

	String clueNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		clueNo = "XC-2026-T" + SEQUENCE.incrementAndGet();
		when(clueService.sendTransferLetter(anyString())).thenReturn("YS-2026-001");
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldRouteStraightToVerificationWhenLineAreaIsKnown() {
		// given
		routesTo(COMPREHENSIVE, SQUAD_XIXI);

		// when
		ProcessInstance instance = registerAndRoute(URBAN_MANAGEMENT, null);

		// then
		assertThat(instance).isWaitingAt(TASK_VERIFY_CLUE).hasNotPassed(TASK_CLASSIFY_CLUE);
		assertThat(instance).variables().containsEntry(HANDLING_BODY, COMPREHENSIVE).containsEntry(SQUAD, SQUAD_XIXI);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(SQUAD_XIXI);
	}

	@Test
	void shouldSetVerificationDueDateFromFilingLimitWhenVerificationStarts() {
		// given
		routesTo(COMPREHENSIVE, SQUAD_XIXI);

		// when
		ProcessInstance instance = registerAndRoute(URBAN_MANAGEMENT, null);

		// then
		assertThat(task(instance).getDueDate()).isEqualTo(deadlines.due(FILING_LIMIT, REGISTERED, URBAN_MANAGEMENT));
		assertThat(task(instance).getFollowUpDate()).isNotNull().isBefore(task(instance).getDueDate());
	}

	@Test
	void shouldOfferDeployedVerificationFormWhenVerificationStarts() throws IOException {
		// given
		routesTo(COMPREHENSIVE, SQUAD_XIXI);
		ProcessInstance instance = registerAndRoute(URBAN_MANAGEMENT, null);

		// when
		String form;
		try (InputStream deployed = formService.getDeployedTaskForm(task(instance).getId())) {
			form = new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
		}

		// then
		assertThat(form).contains("\"id\": \"verify-clue\"", "\"key\": \"" + VERIFICATION_OUTCOME + "\"");
	}

	@Test
	void shouldAskSubCentreToClassifyWhenItemAndLineAreaAreUnknown() {
		// when
		ProcessInstance instance = register(null, null);

		// then
		assertThat(instance).isWaitingAt(TASK_CLASSIFY_CLUE);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(SUB_DISPATCHER);
		verify(clueService, never()).route(anyString());
	}

	@Test
	void shouldRecordClassificationAndRouteWhenSubCentreClassifies() {
		// given
		routesTo(COMPREHENSIVE, SQUAD_ECO);
		ProcessInstance instance = register(null, null);

		// when
		complete(task(instance), Variables.createVariables().putValue(LINE_AREA, FOREST_WATER));
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_CLASSIFICATION).isWaitingAt(TASK_VERIFY_CLUE);
		verify(clueService).classify(clueNo, FOREST_WATER, null);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(SQUAD_ECO);
	}

	@Test
	void shouldFileCaseAndInformSourceWhenVerificationFindsViolation() {
		// given
		ProcessInstance instance = awaitingVerification();

		// when
		complete(task(instance), verification(VerificationOutcome.FILE).putValue(PROCEDURE, Procedure.ORDINARY.name()));
		execute(job(instance));
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(TASK_FILE_CASE, TASK_SEND_OUTCOME_TO_SOURCE, END_CLUE_CLOSED).isEnded();
		verify(clueService).fileCase(clueNo, Procedure.ORDINARY.name());
		verify(clueService).sendOutcomeToSource(clueNo);
	}

	@Test
	void shouldRecordNotFiledWithEducationWhenViolationIsMinorAndFirst() {
		// given
		ProcessInstance instance = awaitingVerification();

		// when
		complete(task(instance), verification(VerificationOutcome.NOT_FILE)
			.putValue(NOT_FILED_REASON, NotFiledReason.MINOR_FIRST_VIOLATION.name())
			.putValue(EDUCATION_RECORD, "当场批评教育，当事人已改正"));
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_NOT_FILED, TASK_SEND_OUTCOME_TO_SOURCE).hasNotPassed(TASK_FILE_CASE)
			.isEnded();
		verify(clueService).recordNotFiled(clueNo, NotFiledReason.MINOR_FIRST_VIOLATION, "当场批评教育，当事人已改正");
		verify(clueService).sendOutcomeToSource(clueNo);
	}

	@Test
	void shouldClassifyAndRouteAgainWhenVerificationReroutes() {
		// given
		ProcessInstance instance = awaitingVerification();
		routesTo(COMPREHENSIVE, SQUAD_ECO);

		// when
		complete(task(instance), verification(VerificationOutcome.REROUTE));

		// then
		assertThat(instance).isWaitingAt(TASK_CLASSIFY_CLUE);
		complete(task(instance), Variables.createVariables().putValue(LINE_AREA, FOREST_WATER));
		execute(job(instance));
		assertThat(instance).isWaitingAt(TASK_VERIFY_CLUE);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(SQUAD_ECO);
		verify(clueService).classify(clueNo, FOREST_WATER, null);
	}

	@Test
	void shouldAskCommandCentreToDispatchWhenNoRuleMatches() {
		// given
		routesTo(MANUAL_DISPATCH, MANUAL_DISPATCH);

		// when
		ProcessInstance instance = registerAndRoute(null, "UNKNOWN-ITEM");

		// then
		assertThat(instance).isWaitingAt(TASK_DISPATCH_MANUALLY).hasNotPassed(TASK_CLASSIFY_CLUE);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(DISPATCHER);
	}

	@Test
	void shouldVerifyInDispatchedSquadWhenCommandCentreDispatches() {
		// given
		routesTo(MANUAL_DISPATCH, MANUAL_DISPATCH);
		ProcessInstance instance = registerAndRoute(null, "UNKNOWN-ITEM");

		// when
		complete(task(instance), Variables.createVariables().putValue(HANDLING_BODY, COMPREHENSIVE)
			.putValue(SQUAD, SQUAD_XIXI));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_MANUAL_DISPATCH).isWaitingAt(TASK_VERIFY_CLUE);
		verify(clueService).dispatchManually(clueNo, COMPREHENSIVE, SQUAD_XIXI);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(SQUAD_XIXI);
	}

	@Test
	void shouldSendTransferLetterAndAwaitFeedbackWhenRoutedToProfessionalTeam() {
		// given
		routesTo(MARKET_REGULATION, null);
		ProcessInstance instance = registerAndRoute(null, "ITEM-MR-1");
		ClockUtil.setCurrentTime(at("2026-03-03T10:00"));

		// when
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(TASK_SEND_TRANSFER_LETTER).isWaitingAt(TASK_AWAIT_TRANSFER_FEEDBACK);
		assertThat(instance).variables().containsEntry(TRANSFER_LETTER_NO, "YS-2026-001")
			.containsEntry(REMINDER_COUNT, 0);
		assertThat(job(instance).getDuedate())
			.isEqualTo(deadlines.lapse(TRANSFER_FEEDBACK_PERIOD, at("2026-03-03T10:00")));
	}

	@Test
	void shouldRecordFeedbackAndInformSourceWhenTransferFeedbackArrives() {
		// given
		ProcessInstance instance = awaitingTransferFeedback();

		// when
		correlateFeedback("已立案查处");
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(TASK_RECORD_TRANSFER_FEEDBACK, END_CLUE_CLOSED).isEnded();
		verify(clueService).recordTransferFeedback(clueNo, "已立案查处");
		verify(clueService).sendOutcomeToSource(clueNo);
	}

	@Test
	void shouldRemindAndAwaitAgainWhenFeedbackPeriodLapses() {
		// given
		ProcessInstance instance = awaitingTransferFeedback();

		// when
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(BOUNDARY_FEEDBACK_OVERDUE, TASK_REMIND_TRANSFER)
			.isWaitingAt(TASK_AWAIT_TRANSFER_FEEDBACK);
		assertThat(instance).variables().containsEntry(REMINDER_COUNT, 1);
		verify(clueService).remindTransfer(clueNo, 1);
	}

	@Test
	void shouldEscalateToCommandCentreWhenSecondReminderIsUnanswered() {
		// given
		ProcessInstance instance = awaitingTransferFeedback();

		// when
		lapseFeedbackPeriods(instance, REMINDERS_BEFORE_ESCALATION);

		// then
		assertThat(instance).isWaitingAt(TASK_ESCALATE_TRANSFER);
		assertThat(candidateGroupsOf(task(instance))).containsExactly(DISPATCHER);
		verify(clueService).remindTransfer(clueNo, 2);
	}

	@Test
	void shouldAwaitFeedbackAgainWhenEscalationIsRecorded() {
		// given
		ProcessInstance instance = awaitingTransferFeedback();
		lapseFeedbackPeriods(instance, REMINDERS_BEFORE_ESCALATION);

		// when
		complete(task(instance), Variables.createVariables().putValue(ESCALATION_NOTES, "已电话督办，约定三日内反馈"));

		// then
		assertThat(instance).isWaitingAt(TASK_AWAIT_TRANSFER_FEEDBACK);
		assertThat(instance).job().isNotNull();
	}

	@Test
	void shouldRecordFeedbackWhenItArrivesDuringEscalation() {
		// given
		ProcessInstance instance = awaitingTransferFeedback();
		lapseFeedbackPeriods(instance, REMINDERS_BEFORE_ESCALATION);

		// when
		correlateFeedback("已办结");
		execute(job(instance));

		// then
		assertThat(instance).hasPassed(BOUNDARY_FEEDBACK_DURING_ESCALATION, TASK_RECORD_TRANSFER_FEEDBACK).isEnded();
		verify(clueService).recordTransferFeedback(clueNo, "已办结");
	}

	@Test
	void shouldRefuseVerificationWhenNotFiledWithoutReason() {
		// given
		ProcessInstance instance = awaitingVerification();

		// when
		InvalidRequestException refusal = refusalOf(instance, verification(VerificationOutcome.NOT_FILE));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(NOT_FILED_REASON);
		assertThat(instance).isWaitingAt(TASK_VERIFY_CLUE);
	}

	@Test
	void shouldRefuseVerificationWhenMinorFirstViolationHasNoEducationRecord() {
		// given
		ProcessInstance instance = awaitingVerification();

		// when
		InvalidRequestException refusal = refusalOf(instance, verification(VerificationOutcome.NOT_FILE)
			.putValue(NOT_FILED_REASON, NotFiledReason.MINOR_FIRST_VIOLATION.name())
			.putValue(EDUCATION_RECORD, " "));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(EDUCATION_RECORD);
		verify(clueService, never()).recordNotFiled(anyString(), any(), any());
	}

	@Test
	void shouldRefuseVerificationWhenFiledWithoutProcedure() {
		// given
		ProcessInstance instance = awaitingVerification();

		// when
		InvalidRequestException refusal = refusalOf(instance, verification(VerificationOutcome.FILE));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(PROCEDURE);
		assertThat(instance).isWaitingAt(TASK_VERIFY_CLUE);
	}

	@Test
	void shouldNameEveryMissingFieldWhenVerificationIsEmpty() {
		// given
		ProcessInstance instance = awaitingVerification();

		// when
		InvalidRequestException refusal = refusalOf(instance,
				Variables.createVariables().putValue(VERIFICATION_OUTCOME, "MAYBE"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(VERIFICATION_NOTES, VERIFICATION_OUTCOME);
	}

	private void routesTo(String handlingBody, String squad) {
		when(clueService.route(clueNo)).thenReturn(new RoutingResult(handlingBody, squad, List.of("rule-1"), 1));
	}

	private ProcessInstance register(String lineArea, String itemCode) {
		return runtimeService.startProcessInstanceByKey(KEY, clueNo, Variables.createVariables()
			.putValue(CLUE_NO, clueNo)
			.putValue(LINE_AREA, lineArea)
			.putValue(ITEM_CODE, itemCode)
			.putValue(AREA_CODE, "XIXI_PARK")
			.putValue(REGISTERED_AT, REGISTERED));
	}

	private ProcessInstance registerAndRoute(String lineArea, String itemCode) {
		ProcessInstance instance = register(lineArea, itemCode);
		execute(job(instance));
		return instance;
	}

	private ProcessInstance awaitingVerification() {
		routesTo(COMPREHENSIVE, SQUAD_XIXI);
		ProcessInstance instance = registerAndRoute(URBAN_MANAGEMENT, null);
		assertThat(instance).isWaitingAt(TASK_VERIFY_CLUE);
		return instance;
	}

	private ProcessInstance awaitingTransferFeedback() {
		routesTo(MARKET_REGULATION, null);
		ProcessInstance instance = registerAndRoute(null, "ITEM-MR-1");
		execute(job(instance));
		assertThat(instance).isWaitingAt(TASK_AWAIT_TRANSFER_FEEDBACK);
		return instance;
	}

	private void lapseFeedbackPeriods(ProcessInstance instance, int times) {
		for (int i = 0; i < times; i++) {
			execute(job(instance));
		}
	}

	private void correlateFeedback(String feedback) {
		runtimeService.createMessageCorrelation(MSG_TRANSFER_FEEDBACK)
			.processInstanceBusinessKey(clueNo)
			.setVariable(TRANSFER_FEEDBACK, feedback)
			.correlate();
	}

	private static VariableMap verification(VerificationOutcome outcome) {
		return Variables.createVariables()
			.putValue(VERIFICATION_OUTCOME, outcome.name())
			.putValue(VERIFICATION_NOTES, "现场核查，查明事实");
	}

	private InvalidRequestException refusalOf(ProcessInstance instance, Map<String, Object> variables) {
		Throwable thrown = catchThrowable(() -> taskService.complete(task(instance).getId(), variables));
		Throwable cause = thrown;
		while (cause != null && !(cause instanceof InvalidRequestException)) {
			cause = cause.getCause();
		}
		assertThat(cause).as("refusal of %s", thrown).isInstanceOf(InvalidRequestException.class);
		return (InvalidRequestException) cause;
	}

	private List<String> candidateGroupsOf(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream()
			.map(IdentityLink::getGroupId)
			.filter(group -> group != null)
			.toList();
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

package org.zhifa.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.zhifa.casefile.CaseQueries;
import org.zhifa.casefile.CaseService;
import org.zhifa.casefile.CaseView;
import org.zhifa.deadline.Deadlines;
import org.zhifa.enforcement.AppealProcess.AppealOutcome;
import org.zhifa.test.ProcessCoverageConfiguration;
import org.zhifa.test.ProcessTasks;
import org.zhifa.test.SpringProcessCoverage;
import org.zhifa.test.ZhifaIntegrationTest;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;
import org.zhifa.web.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.zhifa.enforcement.AppealProcess.*;
import static org.zhifa.enforcement.AppealProcess.Elements.*;
import static org.zhifa.test.ProcessTasks.shanghai;

/**
 * Paths of {@code AppealProcess} (行政复议与行政诉讼) on the real appeal record, the case file stubbed: registered
 * and answered within its period, then upheld, revoked (the case's decision revoked and its publication withdrawn)
 * or changed to a lower fine; the registration of an unknown case and a fine that is not lower are refused.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class AppealProcessTest {

	@RegisterExtension
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0.9)
		.flowNodeCoverageOfAtLeast(KEY, 0.9);

	static final String REVIEWER = "legal-reviewer";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	IdentityService identityService;

	@Autowired
	AppealManagement appeals;

	@Autowired
	Deadlines deadlines;

	@MockitoBean
	CaseQueries caseQueries;

	@MockitoBean
	CaseService caseService;

	String caseNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		ClockUtil.setCurrentTime(shanghai("2026-05-20T09:00"));
		caseNo = "西湖综执立〔2026〕第A" + SEQUENCE.incrementAndGet() + "号";
		CaseView decided = mock(CaseView.class);
		when(decided.caseNo()).thenReturn(caseNo);
		when(decided.squad()).thenReturn("squad-xixi");
		when(decided.decisionNo()).thenReturn("西湖综执罚〔2026〕第0009号");
		when(decided.parties()).thenReturn(List.of());
		when(decided.decided()).thenReturn(new CaseView.Penalty(List.of("FINE"), new BigDecimal("1000")));
		when(decided.dates()).thenReturn(new CaseView.Dates(null, null, null, null, null, null,
				shanghai("2026-04-01T10:00").toInstant(), null, null, null, null));
		when(caseQueries.find(caseNo)).thenReturn(decided);
		when(caseQueries.find("西湖综执立〔2026〕第9999号")).thenThrow(new NotFoundException("案件不存在"));
		identityService.setAuthentication(REVIEWER, List.of("legal-reviewer"));
	}

	@AfterEach
	void tearDown() {
		identityService.clearAuthentication();
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldAnswerWithinTenWorkingDaysAndCloseWhenTheDecisionIsUpheld() {
		// given
		ProcessInstance instance = registered();

		// when
		tasks().complete(TASK_ANSWER_APPEAL, REVIEWER, answered());
		tasks().complete(TASK_RECORD_APPEAL_OUTCOME, REVIEWER, outcome(AppealOutcome.UPHELD));

		// then
		assertThat(instance).hasPassed(TASK_REGISTER_APPEAL, END_APPEAL_CLOSED).isEnded();
		assertThat(instance.getBusinessKey()).isEqualTo(caseNo);
		DecisionAppeal appeal = appeals.appealsOf(caseNo).get(0);
		assertThat(appeal.outcome()).isEqualTo(AppealOutcome.UPHELD);
		assertThat(appeal.registeredBy()).isEqualTo(REVIEWER);
		assertThat(appeal.answeredAt()).isEqualTo(shanghai("2026-05-20T00:00").toInstant());
		verify(caseService, never()).recordRevocation(anyString(), any());
	}

	@Test
	void shouldDueTheAnswerTenWorkingDaysAfterTheCopyOfAReconsideration() {
		// when
		registered();

		// then
		assertThat(tasks().task(TASK_ANSWER_APPEAL).getDueDate())
			.isEqualTo(deadlines.due("reconsiderationReply", shanghai("2026-05-18T00:00")));
	}

	@Test
	void shouldRevokeTheDecisionAndWithdrawItsPublicationWhenRevoked() {
		// given
		ProcessInstance instance = registered();
		tasks().complete(TASK_ANSWER_APPEAL, REVIEWER, answered());

		// when
		tasks().complete(TASK_RECORD_APPEAL_OUTCOME, REVIEWER, outcome(AppealOutcome.REVOKED));
		String withdrawalDue = tasks().task(TASK_WITHDRAW_PUBLICATION).getDueDate().toInstant().toString();
		tasks().complete(TASK_WITHDRAW_PUBLICATION, "xixi-officer-1", Variables.createVariables()
			.putValue(DECISION_PUBLISHED, true).putValue(PUBLICATION_WITHDRAWN_AT, "2026-05-20"));

		// then
		assertThat(instance).hasPassed(TASK_WITHDRAW_PUBLICATION, END_PUBLICATION_WITHDRAWN).isEnded();
		verify(caseService).recordRevocation(caseNo, "复议机关决定撤销");
		assertThat(withdrawalDue)
			.isEqualTo(deadlines.due("publicationWithdrawal", shanghai("2026-05-20T00:00")).toInstant().toString());
		assertThat(appeals.appealsOf(caseNo).get(0).publicationWithdrawnAt()).isNotNull();
	}

	@Test
	void shouldAmendTheFineWhenItIsChangedToALowerOne() {
		// given
		registered();
		tasks().complete(TASK_ANSWER_APPEAL, REVIEWER, answered());

		// when
		tasks().complete(TASK_RECORD_APPEAL_OUTCOME, REVIEWER, outcome(AppealOutcome.CHANGED)
			.putValue(CHANGED_FINE, 500));

		// then
		verify(caseService).recordChangedFine(eq(caseNo), eq(new BigDecimal("500")));
		assertThat(appeals.appealsOf(caseNo).get(0).changedFine()).isEqualByComparingTo("500");
	}

	@Test
	void shouldRefuseAChangedFineThatIsNotLowerThanTheDecidedOne() {
		// given
		registered();
		tasks().complete(TASK_ANSWER_APPEAL, REVIEWER, answered());

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_RECORD_APPEAL_OUTCOME,
				outcome(AppealOutcome.CHANGED).putValue(CHANGED_FINE, 1000));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(CHANGED_FINE);
		verify(caseService, never()).recordChangedFine(anyString(), any());
	}

	@Test
	void shouldRefuseTheRegistrationOfAnUnknownCaseNamingTheField() {
		// when
		Throwable thrown = catchThrowable(() -> runtimeService.startProcessInstanceByKey(KEY,
				registration("西湖综执立〔2026〕第9999号")));

		// then
		assertThat(ProcessTasks.refusal(thrown).errors()).extracting(FieldError::field).containsExactly(CASE_NO);
		assertThat(appeals.appealsOf("西湖综执立〔2026〕第9999号")).isEmpty();
	}

	/** Started as the legal reviewer does in Tasklist; the assertions after it read as the system. */
	private ProcessInstance registered() {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, registration(caseNo));
		identityService.clearAuthentication();
		return instance;
	}

	private static VariableMap registration(String caseNo) {
		return Variables.createVariables().putValue(CASE_NO, caseNo).putValue(APPEAL_KIND, "RECONSIDERATION")
			.putValue(APPEAL_BODY, "杭州市人民政府").putValue(APPEAL_FILED_AT, "2026-05-15")
			.putValue(APPEAL_NOTIFIED_AT, "2026-05-18");
	}

	private static VariableMap answered() {
		return Variables.createVariables().putValue(APPEAL_ANSWERED_AT, "2026-05-20");
	}

	private static VariableMap outcome(AppealOutcome outcome) {
		String summary = outcome == AppealOutcome.REVOKED ? "复议机关决定撤销" : "复议决定";
		return Variables.createVariables().putValue(APPEAL_OUTCOME, outcome.name())
			.putValue(APPEAL_DECIDED_AT, "2026-05-20").putValue(APPEAL_OUTCOME_SUMMARY, summary);
	}

	private ProcessTasks tasks() {
		return new ProcessTasks(taskService, caseNo);
	}

}

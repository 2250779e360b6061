package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.intake.ClueFiledEvent;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.zhifa.casefile.SimpleProcedureProcess.*;
import static org.zhifa.casefile.SimpleProcedureProcess.Elements.*;

/**
 * The simple procedure on the real case service and tables: a filed clue for the simple procedure opens its case and
 * starts {@code SimpleProcedureProcess}; the on-the-spot decision, the collection, the hand-over and the filing with
 * the organ are recorded on the case, and a fine paid later gets its payment order. (The clue is not registered here,
 * so the report to its source is left to {@code SimpleProcedureProcessTest}.)
 */
@ZhifaIntegrationTest
class SimpleProcedureCaseTest {

	static final String SQUAD_XIXI = "squad-xixi";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Cases cases;

	@Autowired
	PaymentPlatform payments;

	String clueNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		ClockUtil.setCurrentTime(at("2026-03-02T09:00"));
		clueNo = "XS2026-SP" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldStartSimpleProcedureWhenClueIsFiledForSimpleProcedure() {
		// when
		fileClue();

		// then
		CaseRecord record = cases.findByClueNo(clueNo).orElseThrow();
		ProcessInstance instance = instance(record.caseNo());
		assertThat(record.state()).isEqualTo(CaseState.AWAITING_SIMPLE_PROCEDURE);
		assertThat(record.processInstanceId()).isEqualTo(instance.getId());
		assertThat(instance.getProcessDefinitionId()).startsWith(KEY + ":");
		assertThat(instance).isWaitingAt(TASK_DECIDE_ON_THE_SPOT).variables()
			.containsEntry(CASE_NO, record.caseNo()).containsEntry(CLUE_NO, clueNo)
			.containsEntry(LINE_AREA, "URBAN_MANAGEMENT");
		assertThat(task(record.caseNo(), TASK_DECIDE_ON_THE_SPOT)).hasCandidateGroup(SQUAD_XIXI);
	}

	@Test
	void shouldRecordDecisionCollectionHandOverAndFilingWhenFineIsCollectedOnTheSpot() {
		// given
		fileClue();
		String caseNo = cases.findByClueNo(clueNo).orElseThrow().caseNo();
		complete(caseNo, TASK_DECIDE_ON_THE_SPOT, SimpleProcedureProcessTest.decision(PartyType.CITIZEN,
				java.util.List.of("WARNING", "FINE"), 100).putValue(COLLECT_ON_THE_SPOT, true));
		complete(caseNo, TASK_COLLECT_ON_THE_SPOT, Variables.createVariables()
			.putValue(FISCAL_RECEIPT_NO, "浙财罚00099999").putValue(COLLECTED_AMOUNT, 100));
		complete(caseNo, TASK_HAND_OVER_CASH, Variables.createVariables().putValue(HANDED_OVER_AT, "2026-03-02"));

		// when
		complete(caseNo, TASK_FILE_WITH_ORGAN, Variables.createVariables().putValue(FILED_WITH_ORGAN_AT, "2026-03-02"));

		// then
		CaseRecord record = cases.findById(caseNo).orElseThrow();
		assertThat(instance(caseNo)).hasPassed(TASK_ARCHIVE_CASE).isWaitingAt(TASK_REPORT_TO_SOURCE);
		assertThat(record.state()).isEqualTo(CaseState.ARCHIVED);
		assertThat(record.closingState()).isEqualTo(CaseState.PAID);
		assertThat(record.decisionNo()).startsWith("西湖综执罚〔2026〕第");
		assertThat(record.decidedPenaltyKinds()).containsExactly("WARNING", "FINE");
		assertThat(record.decidedFine()).isEqualByComparingTo("100");
		assertThat(record.serviceMethod()).isEqualTo("DIRECT");
		assertThat(record.paymentCode()).isNull();
		assertThat(record.fiscalReceiptNo()).isEqualTo("浙财罚00099999");
		assertThat(record.paidAt()).isEqualTo(at("2026-03-02T09:00").toInstant());
		assertThat(record.handedOverAt()).isEqualTo(at("2026-03-02T00:00").toInstant());
		assertThat(record.filedWithOrganAt()).isEqualTo(at("2026-03-02T00:00").toInstant());
		assertThat(record.parties()).extracting(CaseParty::name).containsExactly("张三");
		assertThat(record.handlerIds()).containsExactly("xixi-officer-1", "xixi-officer-2");
	}

	@Test
	void shouldIssuePaymentOrderWhenFineIsPaidLater() {
		// given
		fileClue();
		String caseNo = cases.findByClueNo(clueNo).orElseThrow().caseNo();

		// when
		complete(caseNo, TASK_DECIDE_ON_THE_SPOT, SimpleProcedureProcessTest.decision(PartyType.LEGAL_PERSON,
				java.util.List.of("FINE"), 3000));

		// then
		CaseRecord record = cases.findById(caseNo).orElseThrow();
		assertThat(record.state()).isEqualTo(CaseState.SERVED);
		assertThat(payments.orderOf(record.decisionNo())).hasValueSatisfying(order -> {
			assertThat(order.caseNo()).isEqualTo(caseNo);
			assertThat(order.amount()).isEqualByComparingTo(new BigDecimal("3000"));
			assertThat(order.paymentCode()).isEqualTo(record.paymentCode());
		});
		assertThat(instance(caseNo)).isWaitingAt(CALL_EXECUTE_FINE);
	}

	private void fileClue() {
		events.publishEvent(new ClueFiledEvent(clueNo, "SIMPLE", SQUAD_XIXI, 1, "URBAN_MANAGEMENT", "ITEM-1",
				"330106"));
	}

	private ProcessInstance instance(String caseNo) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(SimpleProcedureProcess.KEY)
			.processInstanceBusinessKey(caseNo).singleResult();
	}

	private Task task(String caseNo, String key) {
		return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
	}

	private void complete(String caseNo, String key, VariableMap variables) {
		Task task = task(caseNo, key);
		assertThat(task).as("open task %s", key).isNotNull();
		taskService.complete(task.getId(), variables);
	}

	private static Date at(String localDateTime) {
		return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
	}

}

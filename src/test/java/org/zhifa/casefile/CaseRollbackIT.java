package org.zhifa.casefile;

import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_APPROVE_FILING;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_INVESTIGATE;

/**
 * A delegate that fails after the case service wrote the case record rolls back the engine's state and our rows
 * together: they share one transaction.
 */
@ZhifaIntegrationTest
class CaseRollbackIT {

	@MockitoSpyBean
	CaseService caseService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Cases cases;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	CaseDriver driver;

	@BeforeEach
	void setUp() {
		driver = new CaseDriver(taskService, managementService, cases, events);
	}

	@Test
	void shouldKeepCaseUnfiledAndFilingTaskOpenWhenRecordFilingFailsAfterTheRecordWasWritten() {
		// given
		String caseNo = driver.open();
		AtomicReference<String> stateInsideTransaction = new AtomicReference<>();
		doAnswer(call -> {
			call.callRealMethod();
			stateInsideTransaction.set(stateOf(caseNo));
			throw new IllegalStateException("storage failed after the case record was written");
		}).when(caseService).fileCase(eq(caseNo), any());

		// when
		Throwable failure = catchThrowable(() -> driver.file(caseNo, "xixi-officer-1", "xixi-officer-2"));

		// then
		assertThat(failure).hasStackTraceContaining("storage failed after the case record was written");
		assertThat(stateInsideTransaction.get()).isEqualTo(CaseState.INVESTIGATING.name());
		assertThat(stateOf(caseNo)).isEqualTo(CaseState.OPENED.name());
		CaseRecord record = driver.record(caseNo);
		assertThat(record.filedAt()).isNull();
		assertThat(record.handlerIds()).isEmpty();
		assertThat(driver.task(caseNo, TASK_APPROVE_FILING)).isNotNull();
		assertThat(driver.task(caseNo, TASK_INVESTIGATE)).isNull();
		assertThat(managementService.createJobQuery().processInstanceId(record.processInstanceId()).count()).isZero();
	}

	private String stateOf(String caseNo) {
		return jdbc.sql("SELECT state FROM case_record WHERE case_no = ?").param(caseNo).query(String.class).single();
	}

}

package org.zhifa.deadline;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.zhifa.deadline.DeadlineModels.at;

/**
 * Due dates, follow-up dates and timers of a model come from the {@code deadlines} bean and the statutory calendar.
 */
@ZhifaIntegrationTest
class DeadlinesBpmnIT {

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Deadlines deadlines;

	String deploymentId;

	@BeforeEach
	void deployModels() {
		deploymentId = DeadlineModels.deploy(repositoryService);
	}

	@AfterEach
	void undeployModels() {
		DeadlineModels.undeploy(repositoryService, deploymentId);
	}

	@Test
	void shouldSetDueAndFollowUpDateFromCalendarWhenTaskIsCreated() {
		// given: notice served the day before the Spring Festival 2026 make-up Saturday

		// when
		ProcessInstance instance = startCheck(at("2026-02-12T10:00"), at("2026-09-30T09:00"));

		// then: five working days are 02-13, 02-14 (make-up), 02-24, 02-25, 02-26
		Task task = taskOf(instance);
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordHearingRequest");
		assertThat(task.getDueDate()).isEqualTo(at("2026-02-26T23:59:59"));
		assertThat(task.getFollowUpDate()).isEqualTo(at("2026-02-24T00:00"));
	}

	@Test
	void shouldScheduleTimerAtLapseWhenPeriodEnds() {
		// when
		ProcessInstance instance = startCheck(at("2026-02-12T10:00"), at("2026-09-30T09:00"));

		// then
		Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		assertThat(timer.getDuedate()).isEqualTo(at("2026-02-27T00:00"));
	}

	@Test
	void shouldSetDueDateFromNamedPeriodWhenTaskCarriesStatutoryPeriod() {
		// given
		ProcessInstance instance = startCheck(at("2026-02-12T10:00"), at("2026-09-30T09:00"));
		Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();

		// when: the hearing request period lapses
		managementService.executeJob(timer.getId());

		// then: seven working days from 09-30 skip National Day and count make-up Saturday 10-10
		Task task = taskOf(instance);
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_ServeDecision");
		assertThat(task.getDueDate()).isEqualTo(at("2026-10-15T23:59:59"));
		assertThat(task.getFollowUpDate()).isEqualTo(at("2026-10-13T00:00"));
		assertThat(taskService.getVariableLocal(task.getId(), DeadlineTaskListener.PROVISIONAL_VARIABLE)).isNull();
	}

	@Test
	void shouldMarkTaskProvisionalWhenDueDateFallsInYearWithoutData() {
		// given
		ProcessInstance instance = startCheck(at("2026-02-12T10:00"), at("2026-12-28T09:00"));
		Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();

		// when
		managementService.executeJob(timer.getId());

		// then: 12-29, 12-30, 12-31, then 2027 on weekends only: 01-01, 01-04, 01-05, 01-06
		Task task = taskOf(instance);
		assertThat(task.getDueDate()).isEqualTo(at("2027-01-06T23:59:59"));
		assertThat(taskService.getVariableLocal(task.getId(), DeadlineTaskListener.PROVISIONAL_VARIABLE))
			.isEqualTo(true);
	}

	@Test
	void shouldAddFollowUpDateAheadOfDueDateWhenModelSetsOnlyDueDate() {
		// given
		Date due = new Date(System.currentTimeMillis() + Duration.ofDays(10).toMillis());

		// when
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(DeadlineModels.DUE_PROCESS,
				Map.of("squad", "squad-xixi", "dueAt", due));

		// then: the follow-up is never before the task was created
		Task task = taskOf(instance);
		assertThat(task.getDueDate()).isEqualTo(due);
		assertThat(task.getFollowUpDate()).isNotNull().isBeforeOrEqualTo(due);
		assertThat(task.getFollowUpDate()).isAfterOrEqualTo(task.getCreateTime());
	}

	@Test
	void shouldTakePeriodOfLineAreaWhenPeriodDiffersByLineArea() {
		Date received = at("2026-09-16T09:00");

		Date general = deadlines.due("filingLimit", received);
		Date housing = deadlines.due("filingLimit", received, "HOUSING_CONSTRUCTION");

		// 15 working days: 09-17..09-30 give 10 (make-up Sunday 09-20 included), then 10-08, 10-09, 10-10 (make-up
		// Saturday), 10-12 and 10-13 after the holiday
		assertThat(general).isEqualTo(at("2026-10-13T23:59:59"));
		// 15 calendar days end on National Day and move to the next working day
		assertThat(housing).isEqualTo(at("2026-10-08T23:59:59"));
	}

	@Test
	void shouldCountClockHoursWhenPeriodIsInHours() {
		Date due = deadlines.due("emergencyMeasureReport", "2026-09-30T16:30");

		assertThat(due).isEqualTo(at("2026-10-01T16:30"));
		assertThat(deadlines.followUp("emergencyMeasureReport", "2026-09-30T16:30")).isEqualTo(at("2026-10-01T10:30"));
	}

	@Test
	void shouldGiveLatestNoticeDayWhenHearingDateIsKnown() {
		assertThat(deadlines.latestBefore("hearingNotice", "2026-02-26")).isEqualTo(at("2026-02-10T23:59:59"));
	}

	@Test
	void shouldRefuseUnknownPeriodWhenModelNamesIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> deadlines.due("hearingRequst", "2026-02-12"))
			.withMessageContaining("hearingRequst");
	}

	private ProcessInstance startCheck(Date noticeServedAt, Date decisionMadeAt) {
		return runtimeService.startProcessInstanceByKey(DeadlineModels.CHECK_PROCESS, "CASE-" + System.nanoTime(),
				Map.of("squad", "squad-xixi", "noticeServedAt", noticeServedAt, "decisionMadeAt", decisionMadeAt));
	}

	private Task taskOf(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

}

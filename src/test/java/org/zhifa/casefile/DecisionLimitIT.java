package org.zhifa.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.deadline.DateInterval;
import org.zhifa.test.ProcessTasks;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision limit on the real case record and calendar: a case filed on 2 March 2026 is due on 1 June (31 May is a
 * Sunday); the hearing days from 23 March to 20 April (29 days) do not count, which moves it to 29 June, and an
 * extension granted before counts its 30 days from there.
 */
@ZhifaIntegrationTest
class DecisionLimitIT {

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Cases cases;

	@Autowired
	CaseService caseService;

	@Autowired
	ApplicationEventPublisher events;

	CaseDriver driver;

	@BeforeEach
	void setUp() {
		ClockUtil.setCurrentTime(ProcessTasks.shanghai("2026-03-02T09:00"));
		driver = new CaseDriver(taskService, managementService, cases, events);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void shouldLeaveTheHearingDaysOutWhenTheLimitIsCountedAgain() {
		// given
		String caseNo = filed();
		assertThat(driver.record(caseNo).decisionDueAt()).isEqualTo(endOf("2026-06-01"));

		// when
		Instant due = caseService.excludeFromDecisionLimit(caseNo, hearingDays());

		// then
		assertThat(due).isEqualTo(endOf("2026-06-29"));
		assertThat(driver.record(caseNo).decisionDueAt()).isEqualTo(due);
	}

	@Test
	void shouldCountTheExtensionFromTheLimitWithoutHearingDaysWhenTheCaseWasExtended() {
		// given
		String caseNo = filed();
		caseService.extendDecisionLimit(caseNo);

		// when
		Instant due = caseService.excludeFromDecisionLimit(caseNo, hearingDays());
		Instant again = caseService.excludeFromDecisionLimit(caseNo, hearingDays());

		// then
		assertThat(due).isEqualTo(endOf("2026-07-29"));
		assertThat(again).isEqualTo(due);
	}

	private String filed() {
		String caseNo = driver.open();
		driver.file(caseNo, "xixi-officer-1", "xixi-officer-2");
		return caseNo;
	}

	private static DateInterval hearingDays() {
		return new DateInterval(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 4, 20));
	}

	private static Instant endOf(String day) {
		return OffsetDateTime.parse(day + "T23:59:59+08:00").toInstant();
	}

}

package org.zhifa.hearing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.zhifa.deadline.Deadlines;
import org.zhifa.security.TaskRefusedException;
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
import static org.zhifa.hearing.HearingProcess.*;
import static org.zhifa.hearing.HearingProcess.Elements.*;

/**
 * Paths of {@code HearingProcess} (听证, 行政处罚法 Arts 63-65) on the real hearing record: held with a signed record
 * and a report, held with a noted refusal to sign, waived by absence or by leaving, scheduled again when the notice
 * could not be served 7 working days ahead; the presiding officer is never an investigator, and the schedule, the
 * notice, the agents and the record are checked on the server. At least 90 % of the flow nodes are entered.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class HearingProcessTest {

	@RegisterExtension
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0.9)
		.flowNodeCoverageOfAtLeast(KEY, 0.9);

	static final String PRESIDING = "legal-reviewer";

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
	HearingManagement hearings;

	@Autowired
	Deadlines deadlines;

	String caseNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		ClockUtil.setCurrentTime(ProcessTasks.shanghai("2026-03-24T09:00"));
		caseNo = "西湖综执立〔2026〕第H" + SEQUENCE.incrementAndGet() + "号";
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldHoldTheHearingAndReportWhenThePartyAppearsAndSigns() {
		// given
		ProcessInstance instance = requested();
		schedule(hearingAt("2026-04-20T09:00"));

		// when
		complete(TASK_SERVE_HEARING_NOTICE, Variables.createVariables().putValue(HEARING_NOTICE_SERVED_AT, "2026-04-08"));
		managementService.executeJob(hearingDay().getId());
		tasks().complete(TASK_HOLD_HEARING, PRESIDING, held(true));
		tasks().complete(TASK_WRITE_HEARING_REPORT, PRESIDING, Variables.createVariables()
			.putValue(HEARING_REPORT, "违法事实清楚，建议维持拟处罚意见"));

		// then
		assertThat(instance).hasPassed(EVENT_HEARING_DAY, TASK_WRITE_HEARING_REPORT, END_HEARING_HELD).isEnded();
		assertThat(instance).variables().containsEntry(HEARING_HELD, true);
		Hearing hearing = only();
		assertThat(hearing.state()).isEqualTo(Hearing.State.REPORTED);
		assertThat(hearing.presidingOfficer()).isEqualTo(PRESIDING);
		assertThat(hearing.publicHearing()).isTrue();
		assertThat(hearing.recordSigned()).isTrue();
		assertThat(hearing.report()).contains("维持");
	}

	@Test
	void shouldPutTheHearingDayTimerAndTheNoticeDueDateOnTheCalendar() {
		// given
		requested();

		// when: 20 April 2026 is a Monday; 7 working days before it is Thursday 9 April
		schedule(hearingAt("2026-04-20T09:00"));
		java.util.Date noticeDue = task(TASK_SERVE_HEARING_NOTICE).getDueDate();
		complete(TASK_SERVE_HEARING_NOTICE, Variables.createVariables().putValue(HEARING_NOTICE_SERVED_AT, "2026-04-09"));

		// then
		assertThat(noticeDue)
			.isEqualTo(deadlines.latestBefore("hearingNotice", ProcessTasks.shanghai("2026-04-20T09:00")))
			.isEqualTo(ProcessTasks.shanghai("2026-04-09T23:59:59"));
		assertThat(hearingDay().getDuedate()).isEqualTo(ProcessTasks.shanghai("2026-04-20T09:00"));
	}

	@Test
	void shouldNoteTheRefusalToSignTheRecord() {
		// given
		notified();

		// when
		InvalidRequestException withoutNote = refusalOf(TASK_HOLD_HEARING, held(false));
		tasks().complete(TASK_HOLD_HEARING, PRESIDING, held(false)
			.putValue(SIGNATURE_REFUSAL_NOTE, "当事人对笔录第三页有异议，拒绝签字"));

		// then
		assertThat(withoutNote.errors()).extracting(FieldError::field).containsExactly(SIGNATURE_REFUSAL_NOTE);
		assertThat(only().signatureRefusalNote()).contains("拒绝签字");
		assertThat(task(TASK_WRITE_HEARING_REPORT)).isNotNull();
	}

	@Test
	void shouldEndAsWaivedWhenThePartyIsAbsent() {
		// given
		ProcessInstance instance = notified();

		// when
		tasks().complete(TASK_HOLD_HEARING, PRESIDING, Variables.createVariables().putValue(PARTY_ATTENDANCE, "ABSENT"));

		// then
		assertThat(instance).hasPassed(END_HEARING_WAIVED).hasNotPassed(TASK_WRITE_HEARING_REPORT).isEnded();
		assertThat(instance).variables().containsEntry(HEARING_HELD, false);
		assertThat(only().state()).isEqualTo(Hearing.State.WAIVED);
	}

	@Test
	void shouldEndAsWaivedWhenThePartyLeavesWithoutLeave() {
		// given
		ProcessInstance instance = notified();

		// when
		tasks().complete(TASK_HOLD_HEARING, PRESIDING, Variables.createVariables().putValue(PARTY_ATTENDANCE, "LEFT"));

		// then
		assertThat(instance).hasPassed(END_HEARING_WAIVED).isEnded();
		assertThat(only().partyAttendance()).isEqualTo(Attendance.LEFT);
	}

	@Test
	void shouldScheduleAgainWhenTheNoticeCannotBeServedInTime() {
		// given
		requested();
		schedule(hearingAt("2026-04-20T09:00"));

		// when
		InvalidRequestException late = refusalOf(TASK_SERVE_HEARING_NOTICE, Variables.createVariables()
			.putValue(HEARING_NOTICE_SERVED_AT, "2026-04-13"));
		complete(TASK_SERVE_HEARING_NOTICE, Variables.createVariables().putValue(HEARING_RESCHEDULED, true));

		// then
		assertThat(late.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo(HEARING_NOTICE_SERVED_AT);
			assertThat(error.message()).contains("2026-04-09");
		});
		assertThat(task(TASK_SCHEDULE_HEARING)).isNotNull();
		schedule(hearingAt("2026-05-11T09:00"));
		assertThat(only().scheduledAt()).isEqualTo(ProcessTasks.shanghai("2026-05-11T09:00").toInstant());
		assertThat(only().noticeServedAt()).isNull();
	}

	@Test
	void shouldRefuseAnInvestigatorAsPresidingOfficer() {
		// given
		requested();

		// when
		InvalidRequestException refusal = refusalOf(TASK_SCHEDULE_HEARING, (hearingAt("2026-04-20T09:00"))
			.putValue(PRESIDING_OFFICER, "xixi-officer-2"));

		// then
		assertThat(refusal.errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo(PRESIDING_OFFICER);
			assertThat(error.message()).contains("调查人员");
		});
	}

	@Test
	void shouldRefuseAnAuxiliaryOrAnUnknownPersonAsPresidingOfficer() {
		// given
		requested();

		// when
		InvalidRequestException auxiliary = refusalOf(TASK_SCHEDULE_HEARING, (hearingAt("2026-04-20T09:00"))
			.putValue(PRESIDING_OFFICER, "xixi-aux"));
		InvalidRequestException unknown = refusalOf(TASK_SCHEDULE_HEARING, (hearingAt("2026-04-20T09:00"))
			.putValue(PRESIDING_OFFICER, "nobody"));

		// then
		assertThat(auxiliary.errors()).extracting(FieldError::message).containsExactly("执法辅助人员不得主持听证：xixi-aux");
		assertThat(unknown.errors()).extracting(FieldError::message).containsExactly("人员不存在：nobody");
	}

	@Test
	void shouldRefuseAHearingTooSoonToNotifyAPrivateHearingWithoutReasonAndThreeAgents() {
		// given: today is Tuesday 24 March; a hearing on 31 March leaves no 7 working days for the notice
		requested();

		// when
		InvalidRequestException refusal = refusalOf(TASK_SCHEDULE_HEARING, (hearingAt("2026-03-31T09:00"))
			.putValue(PUBLIC_HEARING, "false").putValue(HEARING_AGENTS, "代理人甲\n代理人乙\n代理人丙"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(HEARING_AT, NON_PUBLIC_REASON, HEARING_AGENTS);
	}

	@Test
	void shouldHoldAPrivateHearingWhenPrivacyIsInvolved() {
		// given
		requested();

		// when
		schedule(hearingAt("2026-04-20T09:00").putValue(PUBLIC_HEARING, "false")
			.putValue(NON_PUBLIC_REASON, "PRIVACY").putValue(HEARING_AGENTS, "律师 张某\n当事人之子 李某"));

		// then
		Hearing hearing = only();
		assertThat(hearing.publicHearing()).isFalse();
		assertThat(hearing.nonPublicReason()).isEqualTo(NonPublicReason.PRIVACY);
		assertThat(hearing.agents()).isEqualTo("律师 张某\n当事人之子 李某");
	}

	@Test
	void shouldLetOnlyThePresidingOfficerHoldTheHearing() {
		// given
		notified();

		// when: the task is handed to an investigator, then to another officer
		String taskId = task(TASK_HOLD_HEARING).getId();
		Throwable investigator = catchThrowable(() -> taskService.setAssignee(taskId, "xixi-officer-1"));
		Throwable other = catchThrowable(() -> taskService.setAssignee(taskId, "team-leader"));

		// then
		assertThat(task(TASK_HOLD_HEARING).getAssignee()).isEqualTo(PRESIDING);
		assertThat(investigator).isInstanceOf(TaskRefusedException.class).hasMessageContaining("调查人员");
		assertThat(other).isInstanceOf(TaskRefusedException.class).hasMessageContaining("听证主持人");
	}

	@Test
	void shouldRequireTheRecordWhenThePartyAppeared() {
		// given
		notified();

		// when
		InvalidRequestException refusal = refusalOf(TASK_HOLD_HEARING, Variables.createVariables()
			.putValue(PARTY_ATTENDANCE, "APPEARED"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field)
			.containsExactlyInAnyOrder(HEARING_RECORD, HEARING_RECORD_SIGNED);
	}

	private ProcessInstance requested() {
		ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, caseNo, Variables.createVariables()
			.putValue(CASE_NO, caseNo).putValue(SQUAD, "squad-xixi").putValue(PARTY_NAME, "某餐饮有限公司")
			.putValue(HANDLER_1, "xixi-officer-1").putValue(HANDLER_2, "xixi-officer-2")
			.putValue(NOTICE_SERVED_AT, "2026-03-20").putValue(HEARING_REQUESTED_AT, "2026-03-23")
			.putValue(PROPOSED_PENALTY_KINDS, List.of("FINE")).putValue(PROPOSED_FINE, 20000));
		assertThat(instance).hasPassed(TASK_OPEN_HEARING).isWaitingAt(TASK_SCHEDULE_HEARING);
		return instance;
	}

	private ProcessInstance notified() {
		ProcessInstance instance = requested();
		schedule(hearingAt("2026-04-20T09:00"));
		complete(TASK_SERVE_HEARING_NOTICE, Variables.createVariables().putValue(HEARING_NOTICE_SERVED_AT, "2026-04-01"));
		managementService.executeJob(hearingDay().getId());
		return instance;
	}

	private void schedule(VariableMap schedule) {
		complete(TASK_SCHEDULE_HEARING, schedule);
	}

	private static VariableMap hearingAt(String at) {
		return Variables.createVariables().putValue(PRESIDING_OFFICER, PRESIDING)
			.putValue(HEARING_RECORDER, "xihu-officer-1").putValue(HEARING_AT, at)
			.putValue(HEARING_PLACE, "管委会听证室（龙井路1号）").putValue(PUBLIC_HEARING, "true");
	}

	private static VariableMap held(boolean signed) {
		return Variables.createVariables().putValue(PARTY_ATTENDANCE, "APPEARED")
			.putValue(HEARING_RECORD, "调查人员出示现场笔录和照片；当事人称已整改")
			.putValue(HEARING_RECORD_SIGNED, String.valueOf(signed));
	}

	private Hearing only() {
		List<Hearing> found = hearings.hearingsOf(caseNo);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private Job hearingDay() {
		String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
			.singleResult().getId();
		return managementService.createJobQuery().processInstanceId(instanceId).activityId(EVENT_HEARING_DAY)
			.singleResult();
	}

	private org.camunda.bpm.engine.task.Task task(String key) {
		return tasks().task(key);
	}

	private void complete(String key, VariableMap variables) {
		tasks().complete(key, variables);
	}

	private InvalidRequestException refusalOf(String key, VariableMap variables) {
		return tasks().refusalOf(key, variables);
	}

	private ProcessTasks tasks() {
		return new ProcessTasks(taskService, caseNo);
	}

}

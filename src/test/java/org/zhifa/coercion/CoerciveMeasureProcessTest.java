package org.zhifa.coercion;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.zhifa.coercion.CoerciveMeasure.Outcome;
import org.zhifa.coercion.CoerciveMeasureProcess.MeasureKind;
import org.zhifa.coercion.CoerciveMeasureProcess.ReleaseReason;
import org.zhifa.security.AuxiliaryRefusedException;
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
import static org.zhifa.coercion.CoerciveMeasureProcess.*;
import static org.zhifa.coercion.CoerciveMeasureProcess.Elements.*;

/**
 * Paths of {@code CoerciveMeasureProcess} on real cases and the real measure record: seal-up after prior approval,
 * seizure in an emergency approved or refused afterwards, the term with its extension, the excluded testing days
 * across a holiday and its expiry, confiscation and destruction; the preservation of evidence with each disposal and
 * its lapse; auxiliaries, officers of another squad and the acting head are refused. At least 90 % of the flow nodes
 * are entered.
 */
@ZhifaIntegrationTest
@Import(ProcessCoverageConfiguration.class)
class CoerciveMeasureProcessTest {

	@RegisterExtension
	// The class gate counts the cases' own PenaltyCaseProcess too, which these tests only open and file.
	static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0)
		.flowNodeCoverageOfAtLeast(KEY, 0.9);

	static final String OFFICER = "xixi-officer-1";

	static final String HEAD = "team-leader";

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CoerciveMeasureManagement measures;

	String caseNo;

	@BeforeEach
	void setUp() {
		init(processEngine);
		// Thursday 27 August 2026: 30 days end on Saturday 26 September, in the Mid-Autumn holiday
		ClockUtil.setCurrentTime(ProcessTasks.shanghai("2026-08-27T09:00"));
		caseNo = cases().filedCase();
	}

	@AfterEach
	void tearDown() {
		identityService.clearAuthentication();
		ClockUtil.reset();
		reset();
	}

	@Test
	void shouldSealUpAfterPriorApprovalAndConfiscateWhenDecidedWithinTheTerm() {
		// given
		ProcessInstance instance = start(sealUp());
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, true));

		// when
		tasks().complete(TASK_CARRY_OUT_MEASURE, OFFICER, onSite("SIGNED"));
		Date due = tasks().task(TASK_DECIDE_ON_SEIZED_ITEMS).getDueDate();
		tasks().complete(TASK_DECIDE_ON_SEIZED_ITEMS, OFFICER, Variables.createVariables()
			.putValue(DISPOSAL, "CONFISCATE").putValue(DISPOSAL_NOTE, "转入行政处罚决定予以没收"));

		// then
		assertThat(instance).hasPassed(TASK_REGISTER_MEASURE, TASK_APPROVE_MEASURE, END_CONFISCATED).isEnded();
		assertThat(due).isEqualTo(ProcessTasks.shanghai("2026-09-28T23:59:59"));
		CoerciveMeasure measure = only();
		assertThat(measure.termStart()).isEqualTo(LocalDate.of(2026, 8, 27));
		assertThat(measure.termEnd()).isEqualTo(LocalDate.of(2026, 9, 28));
		assertThat(measure.outcome()).isEqualTo(Outcome.CONFISCATED);
		assertThat(measure.approvals()).singleElement().satisfies(approval -> {
			assertThat(approval.approver()).isEqualTo(HEAD);
			assertThat(approval.approved()).isTrue();
		});
		assertThat(measure.officer1()).isEqualTo(OFFICER);
		assertThat(measure.documentNo()).isEqualTo("西湖综执查〔2026〕1号");
	}

	@Test
	void shouldExcludeTheTestingDaysFromTheTermWhenItsEndCrossesTheNationalHoliday() {
		// given
		carriedOut(sealUp());

		// when: five testing days move the end from 26 September to 1 October, in the National Day holiday
		tasks().complete(TASK_DECIDE_ON_SEIZED_ITEMS, OFFICER, Variables.createVariables().putValue(DISPOSAL, "TESTING")
			.putValue(TESTING_KIND, "INSPECTION").putValue(TESTING_START, "2026-09-01")
			.putValue(TESTING_END, "2026-09-05").putValue(TESTING_NOTIFIED_AT, "2026-08-27"));

		// then
		assertThat(only().termEnd()).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(only().testingIntervals()).singleElement()
			.extracting(TestingInterval::firstDay).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(tasks().task(TASK_DECIDE_ON_SEIZED_ITEMS).getDueDate())
			.isEqualTo(ProcessTasks.shanghai("2026-10-08T23:59:59"));
		assertThat(termTimer().getDuedate()).isEqualTo(ProcessTasks.shanghai("2026-10-09T00:00"));
	}

	@Test
	void shouldDestroyTheItemsWhenTheLawRequiresIt() {
		// given
		ProcessInstance instance = carriedOut(sealUp());

		// when
		tasks().complete(TASK_DECIDE_ON_SEIZED_ITEMS, OFFICER, Variables.createVariables()
			.putValue(DISPOSAL, "DESTROY").putValue(DISPOSAL_NOTE, "变质食品，依法销毁"));

		// then
		assertThat(instance).hasPassed(END_DESTROYED).isEnded();
		assertThat(only().outcome()).isEqualTo(Outcome.DESTROYED);
	}

	@Test
	void shouldExtendTheTermOnceWhenTheHeadApproves() {
		// given
		carriedOut(sealUp());

		// when
		tasks().complete(TASK_DECIDE_ON_SEIZED_ITEMS, OFFICER, extension(30));
		tasks().complete(TASK_APPROVE_EXTENSION, HEAD, approval(EXTENSION_APPROVED, true));
		InvalidRequestException again = tasks().refusalOf(TASK_DECIDE_ON_SEIZED_ITEMS, extension(10));

		// then
		assertThat(only().termEnd()).isEqualTo(LocalDate.of(2026, 10, 28));
		assertThat(only().extensionDays()).isEqualTo(30);
		assertThat(again.errors()).extracting(FieldError::field).containsExactly(DISPOSAL);
	}

	@Test
	void shouldRefuseAnExtensionLongerThanThirtyDays() {
		// given
		carriedOut(sealUp());

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_DECIDE_ON_SEIZED_ITEMS, extension(31));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(EXTENSION_DAYS);
	}

	@Test
	void shouldKeepTheTermWhenTheHeadRefusesTheExtensionAndReleaseOnDecision() {
		// given
		ProcessInstance instance = carriedOut(sealUp());
		tasks().complete(TASK_DECIDE_ON_SEIZED_ITEMS, OFFICER, extension(20));

		// when
		tasks().complete(TASK_APPROVE_EXTENSION, HEAD, approval(EXTENSION_APPROVED, false));
		tasks().complete(TASK_DECIDE_ON_SEIZED_ITEMS, OFFICER,
				Variables.createVariables().putValue(DISPOSAL, "RELEASE"));
		tasks().complete(TASK_RELEASE_MEASURE, OFFICER, release("NO_VIOLATION"));

		// then
		assertThat(instance).hasPassed(TASK_APPROVE_EXTENSION, TASK_RELEASE_MEASURE, END_RELEASED).isEnded();
		CoerciveMeasure measure = only();
		assertThat(measure.termEnd()).isEqualTo(LocalDate.of(2026, 9, 28));
		assertThat(measure.extensionDays()).isNull();
		assertThat(measure.outcome()).isEqualTo(Outcome.RELEASED);
		assertThat(measure.releaseReason()).isEqualTo(ReleaseReason.NO_VIOLATION);
	}

	@Test
	void shouldReleaseWhenTheTermExpiresWithoutADecision() {
		// given
		ProcessInstance instance = carriedOut(sealUp());

		// when
		Job timer = termTimer();
		managementService.executeJob(timer.getId());

		// then
		assertThat(timer.getDuedate()).isEqualTo(ProcessTasks.shanghai("2026-09-29T00:00"));
		assertThat(instance).hasPassed(EVENT_TERM_EXPIRED).isWaitingAt(TASK_RELEASE_MEASURE);
		assertThat(instance).variables().containsEntry(RELEASE_REASON, "TERM_EXPIRED");
		tasks().complete(TASK_RELEASE_MEASURE, OFFICER, release("TERM_EXPIRED"));
		assertThat(only().releaseReason()).isEqualTo(ReleaseReason.TERM_EXPIRED);
	}

	@Test
	void shouldSeekTheHeadsApprovalWithin24HoursWhenSeizedOnTheSpotInAnEmergency() {
		// given
		ProcessInstance instance = start(emergency());

		// when
		assertThat(instance).isWaitingAt(TASK_CARRY_OUT_MEASURE).hasNotPassed(TASK_APPROVE_MEASURE);
		tasks().complete(TASK_CARRY_OUT_MEASURE, OFFICER, onSite("SIGNED"));
		Date due = tasks().task(TASK_APPROVE_EMERGENCY_MEASURE).getDueDate();
		tasks().complete(TASK_APPROVE_EMERGENCY_MEASURE, HEAD, approval(EMERGENCY_APPROVED, true));

		// then
		assertThat(due).isEqualTo(ProcessTasks.shanghai("2026-08-28T08:30"));
		assertThat(instance).isWaitingAt(TASK_DECIDE_ON_SEIZED_ITEMS);
		CoerciveMeasure measure = only();
		assertThat(measure.emergency()).isTrue();
		assertThat(measure.reportedInTime()).isTrue();
		assertThat(measure.approvals()).extracting(MeasureApproval::kind)
			.containsExactly(MeasureApproval.Kind.EMERGENCY);
	}

	@Test
	void shouldLiftTheMeasureWhenTheHeadRefusesItAfterAnEmergency() {
		// given
		ProcessInstance instance = start(emergency());
		tasks().complete(TASK_CARRY_OUT_MEASURE, OFFICER, onSite("REFUSED").putValue(SIGNATURE_NOTE, "当事人拒绝签名"));

		// when
		tasks().complete(TASK_APPROVE_EMERGENCY_MEASURE, HEAD, approval(EMERGENCY_APPROVED, false));

		// then
		assertThat(instance).isWaitingAt(TASK_RELEASE_MEASURE);
		assertThat(instance).variables().containsEntry(RELEASE_REASON, "APPROVAL_REFUSED");
		tasks().complete(TASK_RELEASE_MEASURE, OFFICER, release("APPROVAL_REFUSED"));
		assertThat(instance).hasPassed(END_RELEASED).isEnded();
		assertThat(only().outcome()).isEqualTo(Outcome.RELEASED);
	}

	@Test
	void shouldEndWithoutMeasureWhenTheHeadRefusesThePriorApproval() {
		// given
		ProcessInstance instance = start(sealUp());

		// when
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, false));

		// then
		assertThat(instance).hasPassed(END_MEASURE_REFUSED).isEnded();
		assertThat(only().outcome()).isEqualTo(Outcome.NOT_APPROVED);
	}

	@ParameterizedTest
	@CsvSource({ "RECORD_OR_COPY, RECORDED_OR_COPIED", "TESTING, TESTED", "APPRAISAL, APPRAISED" })
	void shouldDisposeOfPreservedEvidenceWhenDecidedWithinSevenWorkingDays(String disposal, Outcome outcome) {
		// given
		ProcessInstance instance = preserved();
		Date due = tasks().task(TASK_DECIDE_ON_EVIDENCE).getDueDate();

		// when
		tasks().complete(TASK_DECIDE_ON_EVIDENCE, OFFICER, evidence(disposal));

		// then: seven working days after Thursday 27 August is Monday 7 September
		assertThat(due).isEqualTo(ProcessTasks.shanghai("2026-09-07T23:59:59"));
		assertThat(instance).hasPassed(END_EVIDENCE_DISPOSED).isEnded();
		assertThat(only().outcome()).isEqualTo(outcome);
	}

	@Test
	void shouldSeizePreservedEvidenceAfterTheHeadApprovesTheSeizure() {
		// given
		ProcessInstance instance = preserved();

		// when
		tasks().complete(TASK_DECIDE_ON_EVIDENCE, OFFICER, evidence("SEIZURE"));
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, true));
		tasks().complete(TASK_CARRY_OUT_MEASURE, OFFICER, onSite("SIGNED"));

		// then
		assertThat(instance).hasPassed(TASK_CONVERT_TO_SEIZURE).isWaitingAt(TASK_DECIDE_ON_SEIZED_ITEMS);
		CoerciveMeasure measure = only();
		assertThat(measure.kind()).isEqualTo(MeasureKind.SEIZURE);
		assertThat(measure.convertedFrom()).isEqualTo(MeasureKind.EVIDENCE_PRESERVATION);
		assertThat(measure.termEnd()).isEqualTo(LocalDate.of(2026, 9, 28));
	}

	@Test
	void shouldReleasePreservedEvidenceWhenTheHeadRefusesTheSeizure() {
		// given
		ProcessInstance instance = preserved();
		tasks().complete(TASK_DECIDE_ON_EVIDENCE, OFFICER, evidence("SEIZURE"));

		// when
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, false));

		// then
		assertThat(instance).hasNotPassed(END_MEASURE_REFUSED).isWaitingAt(TASK_RELEASE_MEASURE);
		assertThat(instance).variables().containsEntry(RELEASE_REASON, "APPROVAL_REFUSED");
	}

	@Test
	void shouldReleasePreservedEvidenceWhenDecided() {
		// given
		ProcessInstance instance = preserved();

		// when
		tasks().complete(TASK_DECIDE_ON_EVIDENCE, OFFICER, evidence("RELEASE"));
		tasks().complete(TASK_RELEASE_MEASURE, OFFICER, release("UNRELATED"));

		// then
		assertThat(instance).hasPassed(END_RELEASED).isEnded();
		assertThat(only().releaseReason()).isEqualTo(ReleaseReason.UNRELATED);
	}

	@Test
	void shouldReleasePreservedEvidenceWhenSevenWorkingDaysLapseWithoutDecision() {
		// given
		ProcessInstance instance = preserved();

		// when
		Job lapse = managementService.createJobQuery().processInstanceId(instance.getId())
			.activityId(EVENT_EVIDENCE_PERIOD_LAPSED).singleResult();
		managementService.executeJob(lapse.getId());

		// then
		assertThat(lapse.getDuedate()).isEqualTo(ProcessTasks.shanghai("2026-09-08T00:00"));
		assertThat(instance).hasPassed(EVENT_EVIDENCE_PERIOD_LAPSED).isWaitingAt(TASK_RELEASE_MEASURE);
		assertThat(instance).variables().containsEntry(RELEASE_REASON, "TERM_EXPIRED");
	}

	@Test
	void shouldRefuseAnAuxiliaryWhenStartingOrCarryingOutAMeasure() {
		// given
		carriedOut(sealUp());

		// when
		Throwable claim = catchThrowable(() -> tasks().claim(TASK_DECIDE_ON_SEIZED_ITEMS, "xixi-aux"));
		Throwable startByAuxiliary = catchThrowable(() -> start("xixi-aux", sealUp()));

		// then
		assertThat(claim).isInstanceOf(AuxiliaryRefusedException.class);
		// the engine refuses first: auxiliaries hold no permission to start the process
		assertThat(startByAuxiliary).isInstanceOf(AuthorizationException.class);
	}

	@Test
	void shouldRefuseTheHeadWhoIsOneOfTheActingOfficers() {
		// given
		start(CoercionCases.proposal(caseNo, "SEIZURE").putValue(OFFICER_2, HEAD));

		// when
		Throwable claim = catchThrowable(() -> tasks().claim(TASK_APPROVE_MEASURE, HEAD));

		// then
		assertThat(claim).isInstanceOf(TaskRefusedException.class).hasMessageContaining("不得审批");
		assertThat(tasks().task(TASK_APPROVE_MEASURE).getAssignee()).isNull();
	}

	@Test
	void shouldRefuseAnOfficerWhoIsNotActingToRecordTheSiteWork() {
		// given
		start(sealUp());
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, true));

		// when
		Throwable claim = catchThrowable(() -> tasks().claim(TASK_CARRY_OUT_MEASURE, "xixi-leader"));

		// then
		assertThat(claim).isInstanceOf(TaskRefusedException.class).hasMessageContaining("两名执法人员");
	}

	@Test
	void shouldRefuseAnOfficerOfAnotherSquadAndAnUnknownCase() {
		// when
		Throwable otherSquad = catchThrowable(() -> start("xihu-officer-1", sealUp()));
		Throwable unknown = catchThrowable(() -> start(CoercionCases.proposal("西湖综执立〔2026〕第9999号", "SEIZURE")));

		// then
		assertThat(otherSquad).isInstanceOf(TaskRefusedException.class).hasMessageContaining("所属中队");
		assertThat(ProcessTasks.refusal(unknown).errors()).extracting(FieldError::field).containsExactly(CASE_NO);
	}

	@Test
	void shouldNameEveryMissingFieldWhenTheProposalIsIncomplete() {
		// when
		Throwable refusal = catchThrowable(() -> start(Variables.createVariables().putValue(CASE_NO, caseNo)
			.putValue(MEASURE_KIND, "EVIDENCE_PRESERVATION").putValue(EMERGENCY, "true")
			.putValue(OFFICER_2, OFFICER)));

		// then
		assertThat(ProcessTasks.refusal(refusal).errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
				MEASURE_REASON, MEASURE_LEGAL_BASIS, MEASURE_ITEMS, MEASURE_PLACE, OFFICER_2, EMERGENCY);
	}

	@Test
	void shouldRequireTheRefusalNoteWhenThePartyRefusesToSign() {
		// given
		start(sealUp());
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, true));
		tasks().claim(TASK_CARRY_OUT_MEASURE, OFFICER);

		// when
		InvalidRequestException refusal = tasks().refusalOf(TASK_CARRY_OUT_MEASURE, onSite("REFUSED"));

		// then
		assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(SIGNATURE_NOTE);
	}

	private ProcessInstance carriedOut(VariableMap proposal) {
		ProcessInstance instance = start(proposal);
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, true));
		tasks().complete(TASK_CARRY_OUT_MEASURE, OFFICER, onSite("SIGNED"));
		assertThat(instance).isWaitingAt(TASK_DECIDE_ON_SEIZED_ITEMS);
		return instance;
	}

	private ProcessInstance preserved() {
		ProcessInstance instance = start(CoercionCases.proposal(caseNo, "EVIDENCE_PRESERVATION"));
		tasks().complete(TASK_APPROVE_MEASURE, HEAD, approval(MEASURE_APPROVED, true));
		tasks().complete(TASK_CARRY_OUT_MEASURE, OFFICER, onSite("ABSENT_WITNESSED")
			.putValue(SIGNATURE_NOTE, "见证人：蒋村社区工作人员王某"));
		assertThat(instance).isWaitingAt(TASK_DECIDE_ON_EVIDENCE);
		return instance;
	}

	private ProcessInstance start(VariableMap proposal) {
		return start(OFFICER, proposal);
	}

	private ProcessInstance start(String user, VariableMap proposal) {
		return cases().start(user, proposal);
	}

	private VariableMap sealUp() {
		return CoercionCases.proposal(caseNo, "SEAL_UP");
	}

	private VariableMap emergency() {
		return CoercionCases.proposal(caseNo, "SEIZURE").putValue(EMERGENCY, "true")
			.putValue(MEASURE_TAKEN_AT, "2026-08-27T08:30");
	}

	private static VariableMap approval(String flag, boolean approved) {
		return Variables.createVariables().putValue(flag, String.valueOf(approved)).putValue(opinionOf(flag),
				approved ? "同意" : "不同意：理由不充分");
	}

	private static String opinionOf(String flag) {
		return switch (flag) {
			case MEASURE_APPROVED -> MEASURE_APPROVAL_OPINION;
			case EMERGENCY_APPROVED -> EMERGENCY_APPROVAL_OPINION;
			default -> EXTENSION_OPINION;
		};
	}

	private static VariableMap onSite(String signature) {
		return Variables.createVariables().putValue(DOCUMENT_NO, "西湖综执查〔2026〕1号")
			.putValue(DOCUMENT_DATE, "2026-08-27").putValue(MEASURE_ITEMS, "三轮车 1辆\n遮阳棚 2顶")
			.putValue(HANDED_OVER_AT, "2026-08-27T08:45").putValue(PARTY_SIGNATURE, signature);
	}

	private static VariableMap extension(int days) {
		return Variables.createVariables().putValue(DISPOSAL, "EXTEND").putValue(EXTENSION_DAYS, days)
			.putValue(EXTENSION_REASON, "涉案物品权属复杂，需进一步调查");
	}

	private static VariableMap evidence(String disposal) {
		return Variables.createVariables().putValue(EVIDENCE_DISPOSAL, disposal)
			.putValue(EVIDENCE_DISPOSAL_NOTE, "依行政处罚法第五十六条作出处理");
	}

	private static VariableMap release(String reason) {
		return Variables.createVariables().putValue(RELEASE_REASON, reason)
			.putValue(RELEASE_DOCUMENT_NO, "西湖综执解〔2026〕1号").putValue(ITEMS_RETURNED_ON, "2026-08-27");
	}

	private Job termTimer() {
		String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
			.processDefinitionKey(KEY).singleResult().getId();
		return managementService.createJobQuery().processInstanceId(instanceId).activityId(EVENT_TERM_EXPIRED)
			.singleResult();
	}

	private CoerciveMeasure only() {
		List<CoerciveMeasure> found = measures.measuresOf(caseNo);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private CoercionCases cases() {
		return new CoercionCases(runtimeService, taskService, identityService, events);
	}

	private ProcessTasks tasks() {
		return new ProcessTasks(taskService, caseNo);
	}

}

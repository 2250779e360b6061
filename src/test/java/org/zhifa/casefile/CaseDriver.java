package org.zhifa.casefile;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.intake.ClueFiledEvent;
import org.zhifa.process.Values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.*;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.*;

/**
 * Drives a real case through {@code PenaltyCaseProcess} with the real services, as the officers would through the
 * Tasklist: for integration tests that need a case at a given step. Dates are today's, on the engine's clock.
 */
final class CaseDriver {

	static final String SQUAD_XIXI = "squad-xixi";

	private final TaskService taskService;

	private final ManagementService managementService;

	private final Cases cases;

	private final ApplicationEventPublisher events;

	CaseDriver(TaskService taskService, ManagementService managementService, Cases cases,
			ApplicationEventPublisher events) {
		this.taskService = taskService;
		this.managementService = managementService;
		this.cases = cases;
		this.events = events;
	}

	/** Opens a case as a filed clue of the Xixi squad does, without the clue intake; answers its case number. */
	String open() {
		String clueNo = "XS-T-" + System.nanoTime();
		events.publishEvent(new ClueFiledEvent(clueNo, "ORDINARY", SQUAD_XIXI, 1, "URBAN_MANAGEMENT", "ITEM-1",
				"XIXI_PARK"));
		return cases.findByClueNo(clueNo).orElseThrow().caseNo();
	}

	/** The squad leader approves the filing with two Xixi officers as handlers and a citizen as party. */
	void file(String caseNo, String handler1, String handler2) {
		complete(caseNo, TASK_APPROVE_FILING, filing(handler1, handler2));
	}

	/** Investigation and report, proposing a fine. */
	void report(String caseNo, int proposedFine) {
		complete(caseNo, TASK_INVESTIGATE, Variables.createVariables().putValue(INVESTIGATION_NOTES, "现场检查并制作笔录"));
		complete(caseNo, TASK_WRITE_INVESTIGATION_REPORT, Variables.createVariables().putValue(FACTS, "占道经营")
			.putValue(LEGAL_BASIS, "城市市容和环境卫生管理条例").putValue(PROPOSED_PENALTY_KINDS, List.of("FINE"))
			.putValue(PROPOSED_FINE, proposedFine).putValue(PUBLIC_INTEREST, false).putValue(COMPLEX, false));
	}

	/** From filing to the decision, served directly today: the case then waits for the payment of the fine. */
	void decideAndServe(String caseNo, int fine) {
		decide(caseNo, fine);
		complete(caseNo, TASK_SERVE_DECISION, Variables.createVariables().putValue(SERVICE_METHOD, "DIRECT")
			.putValue(SERVED_AT, today()));
	}

	/** From filing to the decision: the case then waits for its service. */
	void decide(String caseNo, int fine) {
		file(caseNo, "xixi-officer-1", "xixi-officer-2");
		report(caseNo, fine);
		complete(caseNo, TASK_REVIEW_CASE, review(ReviewOutcome.PENALTY));
		complete(caseNo, TASK_APPROVE_BY_SQUAD_LEADER, Variables.createVariables()
			.putValue(SQUAD_LEADER_APPROVED, "true").putValue(APPROVAL_OPINION, "同意"));
		complete(caseNo, TASK_APPROVE_BY_TEAM_LEADER, Variables.createVariables().putValue(APPROVED, "true")
			.putValue(APPROVAL_OPINION, "同意"));
		complete(caseNo, TASK_SERVE_PRIOR_NOTICE, Variables.createVariables().putValue(NOTICE_SERVED_AT, today()));
		complete(caseNo, TASK_HEAR_STATEMENT, Variables.createVariables().putValue(STATEMENT_MADE, "false"));
	}

	/** The review finds no penalty; the case then waits for the closure approval. */
	void concludeWithoutPenalty(String caseNo) {
		complete(caseNo, TASK_REVIEW_CASE, review(ReviewOutcome.NO_PENALTY));
	}

	/** The closure is approved, then the case archived and its outcome reported (an asynchronous step). */
	void close(String caseNo) {
		complete(caseNo, TASK_APPROVE_CLOSURE, Variables.createVariables().putValue(CLOSURE_OPINION, "同意结案"));
		runJobs(caseNo);
	}

	Task task(String caseNo, String key) {
		return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
	}

	void complete(String caseNo, String key, VariableMap variables) {
		Task task = task(caseNo, key);
		assertThat(task).as("open task %s of %s", key, caseNo).isNotNull();
		taskService.complete(task.getId(), variables);
	}

	CaseRecord record(String caseNo) {
		return cases.findById(caseNo).orElseThrow();
	}

	private void runJobs(String caseNo) {
		String instanceId = record(caseNo).processInstanceId();
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = managementService.createJobQuery().processInstanceId(instanceId).executable().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach(job -> managementService.executeJob(job.getId()));
		}
	}

	static VariableMap filing(String handler1, String handler2) {
		return Variables.createVariables().putValue(FILING_APPROVED, "true").putValue(FILING_OPINION, "同意立案")
			.putValue(ITEM_CODE, "ITEM-1").putValue(LINE_AREA, "URBAN_MANAGEMENT").putValue(CASE_SUMMARY, "占道经营")
			.putValue(PARTY_TYPE, "CITIZEN").putValue(PARTY_NAME, "张三").putValue(PARTY_ID_NUMBER, citizenId())
			.putValue(HANDLER_1, handler1).putValue(HANDLER_2, handler2);
	}

	/** A resident identity number with a valid GB 11643 check character. */
	static String citizenId() {
		String body = "33010619900307123";
		return body + IdentityNumbers.residentCheckCharacter(body);
	}

	static VariableMap review(ReviewOutcome outcome) {
		return Variables.createVariables().putValue(REVIEW_OUTCOME, outcome.name()).putValue(REVIEW_OPINION, "审查意见");
	}

	static String today() {
		return LocalDate.now(Values.ZONE).toString();
	}

}

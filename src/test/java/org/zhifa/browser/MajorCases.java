package org.zhifa.browser;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhifa.intake.ClueFiledEvent;
import org.zhifa.process.Values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.*;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.*;

/**
 * Drives a major case of the Xixi squad with the real services up to the reviews before the decision, as its
 * officers and leaders would in Tasklist: a fine large enough for {@code ProcedureClassDecision} to make it major.
 */
final class MajorCases {

	/** A fine the decision table classifies as major, with the hearing right and a legal review. */
	static final int MAJOR_FINE = 20000;

	/** A resident identity number with a valid GB 11643 check character. */
	static final String CITIZEN_ID = "330106199003071236";

	private final TaskService taskService;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	MajorCases(TaskService taskService, ApplicationEventPublisher events, JdbcClient jdbc) {
		this.taskService = taskService;
		this.events = events;
		this.jdbc = jdbc;
	}

	/** A case filed, investigated, noticed and heard in silence: at the department and legal reviews. */
	String atTheReviews() {
		String caseNo = open();
		complete(caseNo, TASK_APPROVE_FILING, "xixi-leader", filing());
		complete(caseNo, TASK_INVESTIGATE, "xixi-officer-1",
				Variables.createVariables().putValue(INVESTIGATION_NOTES, "现场检查并制作笔录"));
		complete(caseNo, TASK_WRITE_INVESTIGATION_REPORT, "xixi-officer-1", report());
		complete(caseNo, TASK_REVIEW_CASE, "team-leader", Variables.createVariables()
			.putValue(REVIEW_OUTCOME, "PENALTY").putValue(REVIEW_OPINION, "事实清楚，拟予处罚"));
		complete(caseNo, TASK_REVIEW_MAJOR_CASE, "team-leader",
				Variables.createVariables().putValue(APPROVED, "true").putValue(APPROVAL_OPINION, "同意"));
		complete(caseNo, TASK_SERVE_PRIOR_NOTICE, "xixi-officer-1",
				Variables.createVariables().putValue(NOTICE_SERVED_AT, LocalDate.now(Values.ZONE).toString()));
		complete(caseNo, TASK_HEAR_STATEMENT, "xixi-officer-1",
				Variables.createVariables().putValue(STATEMENT_MADE, "false"));
		return caseNo;
	}

	/** The department of the line area passes its review, so that the legal review is the last one open. */
	void passDepartmentReview(String caseNo) {
		complete(caseNo, TASK_REVIEW_BY_DEPARTMENT, "dept-reviewer", Variables.createVariables()
			.putValue(DEPARTMENT_REVIEW_OUTCOME, "PASSED").putValue(DEPARTMENT_REVIEW_OPINION, "事实清楚，同意"));
	}

	Task task(String caseNo, String key) {
		return taskService.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
	}

	/** A case of the Xixi squad just opened: its filing waits for the squad leader's approval. */
	String open() {
		String clueNo = "XS-B-" + System.nanoTime();
		events.publishEvent(new ClueFiledEvent(clueNo, "ORDINARY", "squad-xixi", 1, "URBAN_MANAGEMENT", "ITEM-1",
				"XIXI_PARK"));
		return jdbc.sql("SELECT case_no FROM case_record WHERE clue_no = ?").param(clueNo).query(String.class)
			.single();
	}

	private void complete(String caseNo, String key, String user, VariableMap variables) {
		Task task = task(caseNo, key);
		assertThat(task).as("open task %s of %s", key, caseNo).isNotNull();
		taskService.claim(task.getId(), user);
		taskService.complete(task.getId(), variables);
	}

	private static VariableMap filing() {
		return Variables.createVariables().putValue(FILING_APPROVED, "true").putValue(FILING_OPINION, "同意立案")
			.putValue(ITEM_CODE, "ITEM-1").putValue(LINE_AREA, "URBAN_MANAGEMENT").putValue(CASE_SUMMARY, "占道经营")
			.putValue(PARTY_TYPE, "CITIZEN").putValue(PARTY_NAME, "张三")
			.putValue(PARTY_ID_NUMBER, CITIZEN_ID)
			.putValue(HANDLER_1, "xixi-officer-1").putValue(HANDLER_2, "xixi-officer-2");
	}

	private static VariableMap report() {
		return Variables.createVariables().putValue(FACTS, "在西溪湿地擅自搭建经营棚并占道经营")
			.putValue(LEGAL_BASIS, "城市市容和环境卫生管理条例").putValue(PROPOSED_PENALTY_KINDS, List.of("FINE"))
			.putValue(PROPOSED_FINE, MAJOR_FINE).putValue(PUBLIC_INTEREST, false).putValue(COMPLEX, false);
	}

}

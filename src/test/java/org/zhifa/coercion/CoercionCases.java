package org.zhifa.coercion;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.zhifa.intake.ClueFiledEvent;

import static org.zhifa.coercion.CoerciveMeasureProcess.*;

/**
 * Real cases of the Xixi squad for the tests of coercive measures: opened as a filed clue opens them and filed by the
 * squad leader, then a measure proposed by an officer of the squad, as Tasklist would start it.
 */
record CoercionCases(RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
		ApplicationEventPublisher events) {

	static final String SQUAD = "squad-xixi";

	/** Opens and files a case of the Xixi squad; answers its case number. */
	String filedCase() {
		String clueNo = "XS-CM-" + System.nanoTime();
		events.publishEvent(new ClueFiledEvent(clueNo, "ORDINARY", SQUAD, 1, "URBAN_MANAGEMENT", "ITEM-1",
				"XIXI_PARK"));
		String caseNo = runtimeService.createProcessInstanceQuery().processDefinitionKey("PenaltyCaseProcess")
			.variableValueEquals("clueNo", clueNo).singleResult().getBusinessKey();
		String approveFiling = taskService.createTaskQuery().processInstanceBusinessKey(caseNo)
			.taskDefinitionKey("Task_ApproveFiling").singleResult().getId();
		taskService.complete(approveFiling, Variables.createVariables().putValue("filingApproved", "true")
			.putValue("filingOpinion", "同意立案").putValue("itemCode", "ITEM-1")
			.putValue("lineArea", "URBAN_MANAGEMENT").putValue("caseSummary", "占道经营")
			.putValue("partyType", "CITIZEN").putValue("partyName", "张三").putValue("partyIdNumber", citizenId())
			.putValue("handler1", "xixi-officer-1").putValue("handler2", "xixi-officer-2"));
		return caseNo;
	}

	/** Starts the process as the user would from Tasklist, with the user's groups. */
	ProcessInstance start(String user, VariableMap variables) {
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
			.toList();
		identityService.setAuthentication(user, groups);
		try {
			String caseNo = (String) variables.get(CASE_NO);
			return runtimeService.startProcessInstanceByKey(KEY, caseNo, variables);
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	/** A proposal of the first Xixi officer with the second one. */
	static VariableMap proposal(String caseNo, String kind) {
		return Variables.createVariables().putValue(CASE_NO, caseNo).putValue(MEASURE_KIND, kind)
			.putValue(EMERGENCY, "false").putValue(MEASURE_REASON, "占道摊位妨碍通行，拒不改正")
			.putValue(MEASURE_LEGAL_BASIS, "《城市市容和环境卫生管理条例》第三十六条")
			.putValue(MEASURE_ITEMS, "三轮车 1辆\n遮阳棚 2顶").putValue(MEASURE_PLACE, "西溪湿地蒋村入口")
			.putValue(OFFICER_2, "xixi-officer-2");
	}

	/** A resident identity number with a valid GB 11643 check character. */
	static String citizenId() {
		String body = "33010619900307123";
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < body.length(); i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		return body + "10X98765432".charAt(sum % 11);
	}

}

package org.zhifa.tasklist;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.deadline.DeadlineProperties;
import org.zhifa.deadline.StatutoryCalendar;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared Tasklist filters: created once, readable by the roles they are for, selecting the right tasks through
 * the engine's REST API as Tasklist calls it.
 */
@ZhifaIntegrationTest
class TaskFiltersIT {

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TaskFilterSetup setup;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	FilterService filterService;

	@Autowired
	AuthorizationService authorizationService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	StatutoryCalendar calendar;

	@Autowired
	DeadlineProperties deadlineProperties;

	@Test
	void shouldChangeNothingOnASecondStart() {
		long filters = filterService.createTaskFilterQuery().count();
		long authorizations = authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count();

		int changes = setup.synchronise(TaskFilters.of(directory.organisation()));

		assertThat(changes).isZero();
		assertThat(filterService.createTaskFilterQuery().count()).isEqualTo(filters);
		assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).count())
			.isEqualTo(authorizations);
	}

	@Test
	void shouldShowEachRoleItsFiltersInOrder() throws Exception {
		assertThat(filterNames("xixi-officer-1")).containsExactly("我的待办", "本中队待办", "即将到期", "已超期");
		assertThat(filterNames("xixi-aux")).containsExactly("我的待办", "本中队待办", "即将到期", "已超期");
		assertThat(filterNames("xixi-leader")).containsExactly("我的待办", "本中队待办", "即将到期", "已超期", "待审批");
		assertThat(filterNames("legal-reviewer")).containsExactly("我的待办", "即将到期", "已超期", "待法制审核");
		assertThat(filterNames("enforcement-leader")).containsExactly("我的待办", "即将到期", "已超期", "待审批");
		assertThat(filterNames("dispatcher")).containsExactly("我的待办", "即将到期", "已超期");
		assertThat(filterNames("auditor")).isEmpty();
	}

	@Test
	void shouldDescribeFiltersInChineseWithTheirVariables() {
		Filter overdue = managed(TaskFilters.OVERDUE);

		assertThat(overdue.getName()).isEqualTo("已超期");
		assertThat(overdue.getProperties()).containsEntry("refresh", true)
			.containsEntry("priority", 40)
			.containsEntry("description", "已超过办理期限的任务");
		assertThat(overdue.getProperties().get("variables")).asList()
			.contains(Map.of("name", "cardClueNo", "label", "线索编号"), Map.of("name", "cardCaseNo", "label", "案件编号"));
	}

	@Test
	void shouldOfferSquadTasksOnlyToThatSquad() throws Exception {
		Task task = squadTask("squad-xixi", null);
		String xixiFilter = managed(TaskFilters.SQUAD_TASKS + "squad-xixi").getId();

		assertThat(taskIds("xixi-officer-1", xixiFilter)).contains(task.getId());
		assertThat(ApiClient.as(port, "xihu-officer-1").get("/engine-rest/filter/" + xixiFilter + "/list").statusCode())
			.isEqualTo(403);
		assertThat(taskIds("xihu-officer-1", managed(TaskFilters.SQUAD_TASKS + "squad-xihu").getId()))
			.doesNotContain(task.getId());
	}

	@Test
	void shouldKeepAClaimedTaskInTheSquadListAndPutItInMine() throws Exception {
		Task task = squadTask("squad-xixi", null);
		taskService.claim(task.getId(), "xixi-officer-2");

		assertThat(taskIds("xixi-officer-1", managed(TaskFilters.SQUAD_TASKS + "squad-xixi").getId()))
			.contains(task.getId());
		assertThat(taskIds("xixi-officer-2", managed(TaskFilters.MY_TASKS).getId())).contains(task.getId());
		assertThat(taskIds("xixi-officer-1", managed(TaskFilters.MY_TASKS).getId())).doesNotContain(task.getId());
	}

	@Test
	void shouldListTasksDueWithinTwoWorkingDaysAndOverdueTasksApart() throws Exception {
		Instant now = Instant.now();
		Task dueTomorrow = squadTask("squad-xixi", Date.from(now.plus(1, ChronoUnit.DAYS)));
		Task dueNextMonth = squadTask("squad-xixi", Date.from(now.plus(30, ChronoUnit.DAYS)));
		Task dueYesterday = squadTask("squad-xixi", Date.from(now.minus(1, ChronoUnit.DAYS)));

		List<String> dueSoon = taskIds("xixi-officer-1", managed(TaskFilters.DUE_SOON).getId());
		List<String> overdue = taskIds("xixi-officer-1", managed(TaskFilters.OVERDUE).getId());

		assertThat(dueSoon).contains(dueTomorrow.getId()).doesNotContain(dueNextMonth.getId(), dueYesterday.getId());
		assertThat(overdue).contains(dueYesterday.getId()).doesNotContain(dueTomorrow.getId(), dueNextMonth.getId());
		assertThat(taskIds("xihu-officer-1", managed(TaskFilters.OVERDUE).getId()))
			.doesNotContain(dueYesterday.getId());
	}

	@Test
	void shouldCountDueSoonInWorkingDaysAcrossTheNationalDayHoliday() {
		// 2026-09-30 is a Wednesday; 1–7 October are holidays, so the two working days are 8 and 9 October.
		Clock lastDayOfSeptember = Clock.fixed(Instant.parse("2026-09-30T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
		TasklistDates dates = new TasklistDates(calendar, deadlineProperties, lastDayOfSeptember);

		assertThat(dates.dueSoonBefore().toInstant()).isEqualTo(Instant.parse("2026-10-09T16:00:00Z"));
	}

	@Test
	void shouldSortEveryFilterByDueDate() throws Exception {
		Task sooner = squadTask("squad-xixi", Date.from(Instant.now().plus(10, ChronoUnit.DAYS)));
		Task later = squadTask("squad-xixi", Date.from(Instant.now().plus(20, ChronoUnit.DAYS)));

		// Tasklist always asks for its own sorting, by default the newest first; the filter's comes before it.
		List<String> ids = taskIds("xixi-officer-1", managed(TaskFilters.SQUAD_TASKS + "squad-xixi").getId(),
				"{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}");

		assertThat(ids).containsSubsequence(sooner.getId(), later.getId());
	}

	@Test
	void shouldShowTheClueNumberOnTheTaskCardToTheSquad() throws Exception {
		Task task = squadTask("squad-xixi", null);
		String filterId = managed(TaskFilters.SQUAD_TASKS + "squad-xixi").getId();

		// As Tasklist asks: HAL, with the variables named in the filter's properties embedded.
		ApiClient officer = ApiClient.as(port, "xixi-officer-1");
		HttpResponse<String> response = officer.send(officer.request("/engine-rest/filter/" + filterId + "/list")
			.header("Accept", "application/hal+json")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode variables = JSON.readTree(response.body()).at("/_embedded/task");
		assertThat(variables.findValuesAsText("value")).contains("XS-" + businessKeyOf(task));
	}

	@Test
	void shouldLetATaskChangeAVariableItsCardShows() {
		Task task = squadTask("squad-xixi", null);

		taskService.complete(task.getId(), Map.of("clueNo", "XS-corrected"));

		assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "clueNo")).isEqualTo("XS-corrected");
	}

	private Task squadTask(String squad, Date due) {
		String businessKey = "FILTER-" + System.nanoTime();
		String instanceId = runtimeService.startProcessInstanceByKey("PlatformCheckProcess", businessKey,
				Map.of("squad", squad, "clueNo", "XS-" + businessKey))
			.getId();
		Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
		if (due != null) {
			task.setDueDate(due);
			taskService.saveTask(task);
		}
		return task;
	}

	private String businessKeyOf(Task task) {
		return runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
			.singleResult().getBusinessKey();
	}

	private Filter managed(String key) {
		return filterService.createTaskFilterQuery().list().stream()
			.filter(filter -> key.equals(filter.getProperties().get(TaskFilterSetup.KEY_PROPERTY)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no filter " + key));
	}

	/** The filters as Tasklist asks for them, in Tasklist's order (by the priority property). */
	private List<String> filterNames(String userId) throws Exception {
		HttpResponse<String> response = ApiClient.as(port, userId).get("/engine-rest/filter?resourceType=Task");
		assertThat(response.statusCode()).isEqualTo(200);
		List<JsonNode> filters = new ArrayList<>();
		JSON.readTree(response.body()).forEach(filters::add);
		filters.sort(Comparator.comparingInt(filter -> filter.at("/properties/priority").asInt()));
		return filters.stream().map(filter -> filter.get("name").asText()).toList();
	}

	private List<String> taskIds(String userId, String filterId) throws Exception {
		return taskIds(userId, filterId, "{}");
	}

	private List<String> taskIds(String userId, String filterId, String extendingQuery) throws Exception {
		HttpResponse<String> response = ApiClient.as(port, userId)
			.post("/engine-rest/filter/" + filterId + "/list?maxResults=1000", extendingQuery);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body()).findValuesAsText("id");
	}

}

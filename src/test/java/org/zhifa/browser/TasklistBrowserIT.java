package org.zhifa.browser;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.zhifa.intake.ClueIntakeProcess;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers in Camunda Tasklist, in Chinese: the squad's verification task in 本中队待办, claimed, filled and completed
 * in its Camunda Form; another squad's officer never sees it; the form refuses missing input with a Chinese message.
 */
@Tag("browser")
@ZhifaIntegrationTest
// The webapps keep static state that the context started last owns; a fresh context serves this class's pages.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class TasklistBrowserIT {

	static final String SQUAD_TASKS = "本中队待办";

	@LocalServerPort
	int port;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcClient jdbc;

	Clues clues;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		clues = new Clues(port, managementService, jdbc);
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser(TestInfo test) {
		browser.screenshot("tasklist-" + test.getTestMethod().orElseThrow().getName() + "-last");
		browser.close();
	}

	@Test
	void shouldLetSquadOfficerClaimFillAndCompleteTheVerification() throws Exception {
		String clueNo = clues.patrol("xixi-officer-1", "XIXI_PARK", "西溪湿地周家村入口");
		browser.login("tasklist", "xixi-officer-1");
		openTaskOf(SQUAD_TASKS, clueNo);
		browser.screenshot("tasklist-squad-tasks");

		claim();
		browser.visible(By.xpath("//textarea[@id=//label[contains(.,'核查情况')]/@for]"))
			.sendKeys("2026年11月20日现场核查，确有占道经营，摊位三处，当事人在场");
		chooseRadio("核查结论", "立案");
		chooseRadio("适用程序", "普通程序");
		browser.screenshot("tasklist-verify-clue-form");
		complete();
		browser.waitUntil(driver -> openVerification(clueNo) == 0);

		clues.runJobs(clueNo);
		HistoricTaskInstance verified = historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(clueNo)
			.taskDefinitionKey(ClueIntakeProcess.Elements.TASK_VERIFY_CLUE)
			.singleResult();
		assertThat(verified.getEndTime()).isNotNull();
		assertThat(verified.getAssignee()).isEqualTo("xixi-officer-1");
		assertThat(clues.state(clueNo)).isEqualTo("FILED");
		assertThat(historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(clues.processInstanceId(clueNo))
			.variableName(ClueIntakeProcess.PROCEDURE)
			.singleResult()
			.getValue()).isEqualTo("ORDINARY");
	}

	@Test
	void shouldHideTheTaskFromAnOfficerOfAnotherSquad() throws Exception {
		String xixiClue = clues.patrol("xixi-officer-1", "XIXI_PARK", "西溪湿地深潭口");
		String xihuClue = clues.patrol("xihu-officer-1", "XIHU_STREET", "西湖街道龙井路");
		browser.login("tasklist", "xihu-officer-1");

		openFilter(SQUAD_TASKS);
		browser.waitUntil(driver -> browser.bodyText().contains(xihuClue));
		browser.screenshot("tasklist-other-squad");

		assertThat(browser.bodyText()).contains(xihuClue).doesNotContain(xixiClue);
		for (String filter : new String[] { "我的待办", "即将到期", "已超期" }) {
			openFilter(filter);
			assertThat(browser.bodyText()).as(filter).doesNotContain(xixiClue);
		}
	}

	@Test
	void shouldRefuseAMissingVerificationWithAChineseMessage() throws Exception {
		String clueNo = clues.patrol("xixi-officer-1", "XIXI_PARK", "西溪湿地河渚街");
		browser.login("tasklist", "xixi-officer-2");
		openTaskOf(SQUAD_TASKS, clueNo);
		claim();

		complete();

		WebElement error = browser.visible(By.cssSelector(".fjs-form-field-error li"));
		browser.waitForText(By.cssSelector(".fjs-form-field-error li"), "必填");
		browser.screenshot("tasklist-required-field");
		assertThat(error.getText()).isEqualTo("必填");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(clueNo).singleResult().getAssignee())
			.isEqualTo("xixi-officer-2");
	}

	private long openVerification(String clueNo) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(clueNo)
			.taskDefinitionKey(ClueIntakeProcess.Elements.TASK_VERIFY_CLUE)
			.count();
	}

	private void openFilter(String name) {
		// A click by script: the tooltip of the filter above may cover the link.
		browser.script("arguments[0].click()", browser.clickable(
				By.xpath("//div[contains(@class,'task-filter')]//a[contains(.,'" + name + "')]")));
		browser.visible(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//a[contains(.,'"
				+ name + "')]"));
		browser.waitUntil(driver -> !driver.findElements(By.cssSelector("[cam-tasks] .loader.ng-hide")).isEmpty());
	}

	private void openTaskOf(String filter, String clueNo) {
		openFilter(filter);
		browser.clickable(By.xpath("//li[contains(@class,'task')][contains(.,'" + clueNo + "')]//h4/a")).click();
	}

	private void claim() {
		browser.clickable(By.xpath("//button[contains(normalize-space(.),'签收')]")).click();
		browser.visible(By.cssSelector(".fjs-form"));
	}

	private void complete() {
		browser.clickable(By.xpath("//button[normalize-space(.)='完成']")).click();
	}

	private void chooseRadio(String group, String option) {
		browser.clickable(By.xpath("//div[contains(@class,'fjs-form-field')][.//*[contains(.,'" + group + "')]]"
				+ "//label[normalize-space(.)='" + option + "']")).click();
	}

}

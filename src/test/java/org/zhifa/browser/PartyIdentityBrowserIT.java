package org.zhifa.browser;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_APPROVE_FILING;

/**
 * The party's 统一社会信用代码 in the filing form: the form refuses a code outside the alphabet of GB 32100-2015 with
 * a Chinese message, and a well-formed code with a wrong check character is refused by the server, whose Chinese
 * message Tasklist shows; the task stays open either way.
 */
@Tag("browser")
@ZhifaIntegrationTest
// The webapps keep static state that the context started last owns; a fresh context serves this class's pages.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class PartyIdentityBrowserIT {

	static final String APPROVALS = "待审批";

	static final String LEADER = "xixi-leader";

	static final String PARTY_ID_LABEL = "公民身份号码或统一社会信用代码";

	/** 18 characters, but I and O are not in the alphabet of the credit code. */
	static final String OUTSIDE_THE_ALPHABET = "91330106MA27XB1YIO";

	/** Well-formed, but the check character of {@code 91330106MA27XB1Y0} is 6. */
	static final String WRONG_CHECK_CHARACTER = "91330106MA27XB1Y07";

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	MajorCases cases;

	Tasklist tasklist;

	Browser browser;

	@BeforeEach
	void openBrowser() {
		cases = new MajorCases(taskService, events, jdbc);
		browser = Browser.open(port);
		tasklist = new Tasklist(browser);
	}

	@AfterEach
	void closeBrowser(TestInfo test) {
		browser.screenshot("party-identity-" + test.getTestMethod().orElseThrow().getName() + "-last");
		browser.close();
	}

	@Test
	void shouldRefuseACreditCodeOutsideTheAlphabetWithAChineseMessageWhenTheFormIsFilled() {
		// given
		String caseNo = cases.open();
		browser.login("tasklist", LEADER);
		tasklist.openTaskOf(APPROVALS, caseNo);
		tasklist.claim();
		tasklist.chooseRadio("当事人类型", "法人");

		// when
		tasklist.type(PARTY_ID_LABEL, OUTSIDE_THE_ALPHABET);
		tasklist.complete();

		// then
		By error = fieldError(PARTY_ID_LABEL);
		browser.waitForText(error, "统一社会信用代码");
		browser.screenshot("party-identity-form-refusal");
		assertThat(browser.visible(error).getText()).startsWith("格式不正确").contains("不含 I、O、Z、S、V");
		assertThat(cases.task(caseNo, TASK_APPROVE_FILING).getAssignee()).isEqualTo(LEADER);
	}

	@Test
	void shouldShowTheServersChineseRefusalWhenTheCheckCharacterIsWrong() {
		// given
		String caseNo = cases.open();
		browser.login("tasklist", LEADER);
		tasklist.openTaskOf(APPROVALS, caseNo);
		tasklist.claim();
		fillFilingOfALegalPerson(WRONG_CHECK_CHARACTER);

		// when
		tasklist.complete();

		// then
		browser.waitUntil(driver -> browser.bodyText().contains("统一社会信用代码无效"));
		browser.screenshot("party-identity-server-refusal");
		assertThat(browser.findAll(By.cssSelector(".fjs-form-field-error li"))).isEmpty();
		assertThat(cases.task(caseNo, TASK_APPROVE_FILING).getAssignee()).isEqualTo(LEADER);
	}

	private void fillFilingOfALegalPerson(String creditCode) {
		tasklist.replace("案由", "ITEM-1");
		tasklist.replace("条线", "URBAN_MANAGEMENT");
		tasklist.type("简要案情", "当事人在西溪湿地擅自搭建经营棚");
		tasklist.chooseRadio("当事人类型", "法人");
		tasklist.type("当事人姓名或名称", "杭州某某餐饮管理有限公司");
		tasklist.type(PARTY_ID_LABEL, creditCode);
		tasklist.type("承办人一", "xixi-officer-1");
		tasklist.type("承办人二", "xixi-officer-2");
		tasklist.chooseRadio("审批结论", "批准立案");
		tasklist.type("审批意见", "同意立案");
	}

	private static By fieldError(String label) {
		return By.xpath("//div[contains(@class,'fjs-form-field')][.//label[contains(.,'" + label + "')]]"
				+ "//div[contains(@class,'fjs-form-field-error')]//li");
	}

}

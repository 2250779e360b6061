package org.zhifa.browser;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor in Camunda Cockpit, in Chinese: finds a running clue through its process's page. */
@Tag("browser")
@ZhifaIntegrationTest
// The webapps keep static state that the context started last owns; a fresh context serves this class's pages.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class CockpitBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	ManagementService managementService;

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
		browser.screenshot("cockpit-" + test.getTestMethod().orElseThrow().getName() + "-last");
		browser.close();
	}

	@Test
	void shouldLetTheAuditorFindTheRunningClueInChinese() throws Exception {
		String clueNo = clues.patrol("xixi-officer-1", "XIXI_PARK", "西溪湿地烟水渔庄");
		browser.login("cockpit", "auditor");
		browser.waitForText(By.tagName("body"), "西湖西溪综合行政执法");
		browser.screenshot("cockpit-dashboard");

		browser.open("/camunda/app/cockpit/default/#/processes");
		browser.clickable(By.xpath("//a[normalize-space(.)='线索受理']")).click();
		browser.waitUntil(driver -> browser.bodyText().contains(clueNo));
		browser.screenshot("cockpit-clue-intake");
		browser.clickable(By.xpath("//tr[contains(.,'" + clueNo + "')]//a[contains(@href,'process-instance')]"))
			.click();
		browser.waitUntil(driver -> driver.getCurrentUrl().contains(clues.processInstanceId(clueNo)));
		browser.waitForText(By.tagName("body"), "核查线索");
		browser.screenshot("cockpit-clue-instance");

		assertThat(browser.bodyText()).contains(clueNo, "线索受理", "流程实例").doesNotContain("Process Instance");
	}

}

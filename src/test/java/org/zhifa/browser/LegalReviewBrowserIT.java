package org.zhifa.browser;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;
import org.zhifa.review.CaseReview;
import org.zhifa.review.ReviewKind;
import org.zhifa.review.ReviewRecords;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_APPROVE_BY_ENFORCEMENT_LEADER;
import static org.zhifa.casefile.PenaltyCaseProcess.Elements.TASK_REVIEW_LEGALITY;

/**
 * The legal reviewer of 平安办 in Camunda Tasklist: finds the legal review of a major case in 待法制审核, claims it,
 * gives the verdict and reasons in its Camunda Form, and the case moves on to the enforcement leader's approval with
 * the review on file (行政处罚法 Art 58).
 */
@Tag("browser")
@ZhifaIntegrationTest
// The webapps keep static state that the context started last owns; a fresh context serves this class's pages.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class LegalReviewBrowserIT {

	static final String LEGAL_REVIEWS = "待法制审核";

	static final String REVIEWER = "legal-reviewer";

	@LocalServerPort
	int port;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewRecords reviews;

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
		browser.screenshot("legal-review-" + test.getTestMethod().orElseThrow().getName() + "-last");
		browser.close();
	}

	@Test
	void shouldPassTheLegalReviewWhenTheReviewerCompletesItsFormInTasklist() {
		// given
		String caseNo = cases.atTheReviews();
		cases.passDepartmentReview(caseNo);
		browser.login("tasklist", REVIEWER);

		// when
		tasklist.openTaskOf(LEGAL_REVIEWS, caseNo);
		browser.screenshot("legal-review-filter");
		tasklist.claim();
		tasklist.chooseRadio("法制审核意见", "同意");
		tasklist.type("审核意见及理由", "执法主体合法，事实清楚，证据确凿，适用依据正确，程序合法，裁量适当");
		browser.screenshot("legal-review-form");
		tasklist.complete();
		browser.waitUntil(driver -> cases.task(caseNo, TASK_REVIEW_LEGALITY) == null);

		// then
		HistoricTaskInstance reviewed = historyService.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(caseNo)
			.taskDefinitionKey(TASK_REVIEW_LEGALITY)
			.singleResult();
		assertThat(reviewed.getEndTime()).isNotNull();
		assertThat(reviewed.getAssignee()).isEqualTo(REVIEWER);
		assertThat(cases.task(caseNo, TASK_APPROVE_BY_ENFORCEMENT_LEADER)).isNotNull();
		assertThat(reviews.reviewsOf(caseNo)).filteredOn(review -> review.kind() == ReviewKind.LEGAL)
			.singleElement()
			.satisfies(review -> {
				assertThat(review.reviewer()).isEqualTo(REVIEWER);
				assertThat(review.verdict()).isEqualTo(ReviewVerdict.PASSED);
				assertThat(review.opinion()).startsWith("执法主体合法");
				assertThat(review.legalQualification()).isTrue();
			});
		assertThat(reviews.legalReviewPassed(caseNo, 1)).isTrue();
	}

	@Test
	void shouldRefuseTheLegalReviewWithoutReasonsWithAChineseMessage() {
		// given
		String caseNo = cases.atTheReviews();
		browser.login("tasklist", REVIEWER);
		tasklist.openTaskOf(LEGAL_REVIEWS, caseNo);
		tasklist.claim();
		tasklist.chooseRadio("法制审核意见", "退回补充调查");

		// when
		tasklist.complete();

		// then
		browser.waitForText(By.cssSelector(".fjs-form-field-error li"), "必填");
		browser.screenshot("legal-review-required");
		assertThat(cases.task(caseNo, TASK_REVIEW_LEGALITY).getAssignee()).isEqualTo(REVIEWER);
		assertThat(reviews.reviewsOf(caseNo)).extracting(CaseReview::kind).doesNotContain(ReviewKind.LEGAL);
	}

}

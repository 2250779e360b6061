package org.zhifa.casefile;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.intake.ClueFiledEvent;
import org.zhifa.process.Values;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Filing and decision numbers against the real database: gap-free per year and kind when a transaction rolls back,
 * in the configured patterns, and issued by the case opening and the decision of a real case.
 */
@ZhifaIntegrationTest
class CaseNumbersIT {

	static final String FILING_NUMBER = "西湖综执立〔\\d{4}〕第\\d{4}号";

	static final String DECISION_NUMBER = "西湖综执罚〔\\d{4}〕第\\d{4}号";

	@Autowired
	CaseNumbers numbers;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Cases cases;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void shouldNumberFilingsWithoutGapsWhenAFilingRollsBack() {
		// given
		String first = transaction.execute(status -> numbers.next(CaseNumbers.Kind.FILING, 2041));
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			numbers.next(CaseNumbers.Kind.FILING, 2041);
			throw new IllegalStateException("filing failed");
		}));

		// when
		String second = transaction.execute(status -> numbers.next(CaseNumbers.Kind.FILING, 2041));

		// then
		assertThat(first).isEqualTo("西湖综执立〔2041〕第0001号");
		assertThat(second).isEqualTo("西湖综执立〔2041〕第0002号");
	}

	@Test
	void shouldCountDecisionsApartFromFilingsAndEachYearFromOne() {
		// given
		transaction.execute(status -> numbers.next(CaseNumbers.Kind.FILING, 2042));
		transaction.execute(status -> numbers.next(CaseNumbers.Kind.FILING, 2042));

		// when
		String decision = transaction.execute(status -> numbers.next(CaseNumbers.Kind.DECISION, 2042));

		// then
		String nextYear = transaction.execute(status -> numbers.next(CaseNumbers.Kind.FILING, 2043));
		assertThat(decision).isEqualTo("西湖综执罚〔2042〕第0001号").matches(DECISION_NUMBER);
		assertThat(nextYear).isEqualTo("西湖综执立〔2043〕第0001号");
	}

	@Test
	void shouldGiveTheNextCaseTheNumberOfAnOpeningThatRolledBack() {
		// given
		CaseDriver driver = driver();
		String before = driver.open();
		String failedClue = "XS-ROLLBACK-" + System.nanoTime();
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			events.publishEvent(new ClueFiledEvent(failedClue, "ORDINARY", CaseDriver.SQUAD_XIXI, 1,
					"URBAN_MANAGEMENT", "ITEM-1", "XIXI_PARK"));
			throw new IllegalStateException("clue filing failed");
		}));

		// when
		String after = driver.open();

		// then
		assertThat(cases.findByClueNo(failedClue)).isEmpty();
		assertThat(before).matches(FILING_NUMBER);
		assertThat(sequenceOf(after)).isEqualTo(sequenceOf(before) + 1);
	}

	@Test
	void shouldNumberTheDecisionInItsPatternWhenARealCaseIsDecided() {
		// given
		CaseDriver driver = driver();
		String caseNo = driver.open();

		// when
		driver.decideAndServe(caseNo, 200);

		// then
		CaseRecord record = driver.record(caseNo);
		assertThat(record.decisionNo()).matches(DECISION_NUMBER);
		assertThat(record.decisionNo()).contains("〔" + record.decidedAt().atZone(Values.ZONE).getYear() + "〕");
		assertThat(record.paymentCode()).startsWith("LOCAL");
	}

	private CaseDriver driver() {
		return new CaseDriver(taskService, managementService, cases, events);
	}

	private static int sequenceOf(String number) {
		return Integer.parseInt(number.substring(number.indexOf('第') + 1, number.indexOf('号')));
	}

}

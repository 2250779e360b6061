package org.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code ProcedureClassDecision} and the {@code HearingThresholdDecision} it requires, as shipped
 * ({@code dmn/procedure-class-decision.dmn}), on a plain DMN engine: one case per rule row from
 * {@code casefile/procedure-class-cases.csv}, the boundaries of 行政处罚法 Art 51 and of 较大数额, and the shape of
 * the result a business rule task maps with {@code mapDecisionResult="singleResult"}.
 */
class ProcedureClassDecisionTest {

	static final String FILE = "dmn/procedure-class-decision.dmn";

	static final String DECISION_KEY = "ProcedureClassDecision";

	static final String THRESHOLD_KEY = "HearingThresholdDecision";

	static final String CASE_FILE = "casefile/procedure-class-cases.csv";

	static final String UNRESOLVED = "Rule_Procedure_Unresolved";

	static final String ORDINARY_DEFAULT = "Rule_Ordinary_Default";

	static final Set<String> OUTPUTS = Set.of("procedure", "hearingRight", "legalReviewRequired",
			"collectiveDeliberation");

	static final Tables TABLES = new Tables();

	static final DmnDecision DECISION = TABLES.decision(DECISION_KEY);

	static final DmnDecision THRESHOLDS = TABLES.decision(THRESHOLD_KEY);

	static List<DecisionCase> cases() {
		return read(CASE_FILE).stream().skip(1).map(DecisionCase::of).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldMatchTheRulesAndOutputsOfTheCaseWhenEvaluated(DecisionCase decisionCase) {
		Outcome outcome = TABLES.evaluate(DECISION, decisionCase.variables());

		assertThat(outcome.result()).isEqualTo(decisionCase.expected());
		assertThat(outcome.rules().get(DECISION_KEY)).containsExactly(decisionCase.rule());
		assertThat(outcome.rules().get(THRESHOLD_KEY)).containsExactly(decisionCase.thresholdRule());
	}

	@Test
	void shouldHaveACaseForEveryRuleOfBothTablesWhenCaseFileRead() {
		Set<String> rulesWithCases = cases().stream()
			.flatMap(c -> Stream.of(c.rule(), c.thresholdRule()))
			.collect(Collectors.toSet());

		assertThat(rulesWithCases).containsExactlyInAnyOrderElementsOf(ruleIds());
	}

	static Stream<Arguments> thresholdKeys() {
		return Stream.of(Arguments.of("MARKET_REGULATION", "LEGAL_PERSON"), Arguments.of("MARKET_REGULATION", "CITIZEN"),
				Arguments.of("URBAN_MANAGEMENT", "OTHER_ORGANISATION"), Arguments.of("URBAN_MANAGEMENT", "CITIZEN"),
				Arguments.of("FOREST_WATER", null), Arguments.of(null, "LEGAL_PERSON"));
	}

	/** Holds whatever figures an administrator enters: the threshold itself is 较大数额, one fen less is not. */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("thresholdKeys")
	void shouldGrantTheHearingRightFromTheThresholdOnWhenFineOrConfiscationReachesIt(String lineArea,
			String partyType) {
		double fineThreshold = threshold(lineArea, partyType, "largeFineThreshold");
		double confiscationThreshold = threshold(lineArea, partyType, "largeConfiscationThreshold");

		var atFine = TABLES.evaluate(DECISION, fine(lineArea, partyType, fineThreshold));
		var belowFine = TABLES.evaluate(DECISION, fine(lineArea, partyType, fineThreshold - 0.01));
		var atConfiscation = TABLES.evaluate(DECISION, confiscation(lineArea, partyType, confiscationThreshold));
		var belowConfiscation = TABLES.evaluate(DECISION,
				confiscation(lineArea, partyType, confiscationThreshold - 0.01));

		assertThat(atFine.rules().get(DECISION_KEY)).containsExactly("Rule_Major_LargeFine");
		assertThat(atFine.result()).containsEntry("hearingRight", true);
		assertThat(belowFine.rules().get(DECISION_KEY)).containsExactly(ORDINARY_DEFAULT);
		assertThat(belowFine.result()).containsEntry("hearingRight", false);
		assertThat(atConfiscation.rules().get(DECISION_KEY)).containsExactly("Rule_Major_LargeConfiscation");
		assertThat(belowConfiscation.rules().get(DECISION_KEY)).containsExactly(ORDINARY_DEFAULT);
	}

	@Test
	void shouldAnswerExactlyTheFourOutputsWhenMappedAsSingleResult() {
		VariableMap variables = caseVariables("URBAN_MANAGEMENT", "LEGAL_PERSON", List.of("FINE"), 150_000.0);

		DmnDecisionResultEntries result = TABLES.evaluate(DECISION, variables).singleResult();

		assertThat(result.keySet()).containsExactlyInAnyOrderElementsOf(OUTPUTS);
		assertThat(result.getEntryMap()).containsEntry("procedure", "MAJOR").containsEntry("hearingRight", true)
			.containsEntry("legalReviewRequired", true).containsEntry("collectiveDeliberation", true);
	}

	@Test
	void shouldFallBackToOrdinaryWithReviewAndHearingWhenNoVariableIsSet() {
		Outcome outcome = TABLES.evaluate(DECISION, Variables.createVariables());

		assertThat(outcome.rules().get(DECISION_KEY)).containsExactly(UNRESOLVED);
		assertThat(outcome.result()).isEqualTo(Map.of("procedure", "ORDINARY", "hearingRight", true,
				"legalReviewRequired", true, "collectiveDeliberation", false));
	}

	@Test
	void shouldFallBackWhenPenaltyKindsIsASingleStringInsteadOfAList() {
		VariableMap variables = caseVariables("URBAN_MANAGEMENT", "CITIZEN", null, 100.0).putValue("penaltyKinds",
				"FINE");

		Outcome outcome = TABLES.evaluate(DECISION, variables);

		assertThat(outcome.rules().get(DECISION_KEY)).containsExactly(UNRESOLVED);
	}

	@Test
	void shouldTreatOtherNumberTypesAndJsonArraysLikeDoublesAndListsWhenGivenByAProcess() {
		VariableMap asList = caseVariables("URBAN_MANAGEMENT", "CITIZEN", List.of("WARNING", "FINE"), 200.0);
		VariableMap asBigDecimalAndJson = caseVariables("URBAN_MANAGEMENT", "CITIZEN", null, null)
			.putValue("penaltyKinds", Spin.JSON("[\"WARNING\", \"FINE\"]"))
			.putValue("fineAmount", new BigDecimal("200.00"));
		VariableMap asLong = caseVariables("URBAN_MANAGEMENT", "CITIZEN", List.of("FINE"), null).putValue("fineAmount",
				201L);

		assertThat(TABLES.evaluate(DECISION, asList).rules().get(DECISION_KEY)).containsExactly("Rule_Simple_Citizen");
		assertThat(TABLES.evaluate(DECISION, asBigDecimalAndJson).rules().get(DECISION_KEY))
			.containsExactly("Rule_Simple_Citizen");
		assertThat(TABLES.evaluate(DECISION, asLong).rules().get(DECISION_KEY)).containsExactly(ORDINARY_DEFAULT);
	}

	private static double threshold(String lineArea, String partyType, String output) {
		VariableMap variables = Variables.createVariables().putValue("lineArea", lineArea).putValue("partyType",
				partyType);
		return TABLES.evaluate(THRESHOLDS, variables).singleResult().<Double>getEntry(output);
	}

	private static VariableMap fine(String lineArea, String partyType, double amount) {
		return caseVariables(lineArea, partyType, List.of("FINE"), amount).putValue("factsCertain", false);
	}

	private static VariableMap confiscation(String lineArea, String partyType, double value) {
		return caseVariables(lineArea, partyType, List.of("CONFISCATION"), null).putValue("confiscationValue", value)
			.putValue("factsCertain", false);
	}

	/** A complete, unremarkable case: no public interest, not complex, no hearing yet, facts certain. */
	private static VariableMap caseVariables(String lineArea, String partyType, List<String> kinds, Double fine) {
		return Variables.createVariables()
			.putValue("lineArea", lineArea)
			.putValue("partyType", partyType)
			.putValue("penaltyKinds", kinds)
			.putValue("fineAmount", fine)
			.putValue("confiscationValue", null)
			.putValue("publicInterest", false)
			.putValue("complex", false)
			.putValue("hearingHeld", false)
			.putValue("factsCertain", true);
	}

	static Set<String> ruleIds() {
		return model().getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toSet());
	}

	static DmnModelInstance model() {
		try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
			return Dmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows of a small test CSV without quoting; empty cells become {@code null}, {@code #} lines are comments. */
	static List<String[]> read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> Arrays.stream(line.split(",", -1)).map(cell -> cell.isEmpty() ? null : cell)
					.toArray(String[]::new))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row of the case file: the inputs, the rules expected to match and the four outputs expected. */
	record DecisionCase(String rule, String thresholdRule, String lineArea, String partyType, List<String> penaltyKinds,
			Double fineAmount, Double confiscationValue, Boolean publicInterest, Boolean complex,
			Boolean hearingHeld, Boolean factsCertain, Map<String, Object> expected) {

		static DecisionCase of(String[] cells) {
			Map<String, Object> expected = new LinkedHashMap<>();
			expected.put("procedure", cells[11]);
			expected.put("hearingRight", Boolean.valueOf(cells[12]));
			expected.put("legalReviewRequired", Boolean.valueOf(cells[13]));
			expected.put("collectiveDeliberation", Boolean.valueOf(cells[14]));
			return new DecisionCase(cells[0], cells[1], cells[2], cells[3], kinds(cells[4]), amount(cells[5]),
					amount(cells[6]), flag(cells[7]), flag(cells[8]), flag(cells[9]), flag(cells[10]), expected);
		}

		VariableMap variables() {
			return Variables.createVariables()
				.putValue("lineArea", lineArea)
				.putValue("partyType", partyType)
				.putValue("penaltyKinds", penaltyKinds)
				.putValue("fineAmount", fineAmount)
				.putValue("confiscationValue", confiscationValue)
				.putValue("publicInterest", publicInterest)
				.putValue("complex", complex)
				.putValue("hearingHeld", hearingHeld)
				.putValue("factsCertain", factsCertain);
		}

		private static List<String> kinds(String cell) {
			if (cell == null) {
				return null;
			}
			return "[]".equals(cell) ? List.of() : List.of(cell.split("\\|"));
		}

		private static Double amount(String cell) {
			return cell == null ? null : Double.valueOf(cell);
		}

		private static Boolean flag(String cell) {
			return cell == null ? null : Boolean.valueOf(cell);
		}

		@Override
		public String toString() {
			return rule + " " + Arrays.asList(lineArea, partyType, penaltyKinds, fineAmount, confiscationValue,
					publicInterest, complex, hearingHeld, factsCertain) + " → " + expected.values();
		}

	}

	/** The result of one evaluation and, per decision key, the ids of the rules that matched. */
	record Outcome(DmnDecisionResult decisionResult, Map<String, List<String>> rules) {

		DmnDecisionResultEntries singleResult() {
			return decisionResult.getSingleResult();
		}

		Map<String, Object> result() {
			return singleResult().getEntryMap();
		}

	}

	/** The shipped DRD on a plain DMN engine that remembers the matched rules of every table it evaluates. */
	static final class Tables {

		private final Map<String, List<String>> lastRules = new LinkedHashMap<>();

		private final DmnEngine engine;

		Tables() {
			DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
				.createDefaultDmnEngineConfiguration();
			configuration.customPostDecisionTableEvaluationListeners(List.of(this::remember));
			engine = configuration.buildEngine();
		}

		DmnDecision decision(String key) {
			try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
				return engine.parseDecision(key, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		Outcome evaluate(DmnDecision decision, VariableMap variables) {
			lastRules.clear();
			DmnDecisionResult result = engine.evaluateDecision(decision, variables);
			return new Outcome(result, Map.copyOf(lastRules));
		}

		private void remember(DmnDecisionTableEvaluationEvent event) {
			lastRules.computeIfAbsent(event.getDecision().getKey(), key -> new ArrayList<>())
				.addAll(event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList());
		}

	}

}

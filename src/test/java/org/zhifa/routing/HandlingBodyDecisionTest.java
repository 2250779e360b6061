package org.zhifa.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HandlingBodyDecisionTest {

	static final DecisionCases TABLES = new DecisionCases();

	static final DmnDecision DECISION = TABLES.decision(DecisionCases.HANDLING_BODY_FILE,
			RoutingDecisions.HANDLING_BODY_DECISION);

	static List<DecisionCases.Case> cases() {
		return DecisionCases.cases(RoutingDecisions.HANDLING_BODY_DECISION);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldMatchTheRuleOfTheCaseWhenEvaluated(DecisionCases.Case routingCase) {
		DecisionCases.Outcome outcome = TABLES.evaluate(DECISION, RoutingDecisions.HANDLING_BODY,
				routingCase.variables());

		assertThat(outcome.value()).isEqualTo(routingCase.expected());
		assertThat(outcome.rules()).containsExactly(routingCase.rule());
	}

	@Test
	void shouldHaveACaseForEveryRuleWhenCaseFileRead() {
		var rulesWithCases = cases().stream().map(DecisionCases.Case::rule).collect(Collectors.toSet());

		assertThat(rulesWithCases)
			.containsExactlyInAnyOrderElementsOf(DecisionCases.ruleIds(DecisionCases.HANDLING_BODY_FILE));
	}

	@Test
	void shouldRouteEveryLineAreaToTheBodyOfTheDesignWhenItemInScope() {
		List<String[]> expectations = DecisionCases.read("routing/line-area-bodies.csv").subList(1, 31);

		for (String[] expectation : expectations) {
			String scope = "FOREST_WATER".equals(expectation[0]) ? "SCENIC" : null;
			var variables = new DecisionCases.Case(null, null, expectation[0], null, "XIHU_STREET", scope, false, null)
				.variables();

			assertThat(TABLES.evaluate(DECISION, RoutingDecisions.HANDLING_BODY, variables).value())
				.as(expectation[0]).isEqualTo(expectation[1]);
		}
	}

	@Test
	void shouldSendForestryToPlanningAndScenicAreaItemsToComprehensiveWhenForestWater() {
		var forestry = new DecisionCases.Case(null, null, "FOREST_WATER", null, "SCENIC_AREA", "FORESTRY", false, null);
		var wetland = new DecisionCases.Case(null, null, "FOREST_WATER", null, "SCENIC_AREA", "WETLAND", false, null);

		assertThat(TABLES.evaluate(DECISION, RoutingDecisions.HANDLING_BODY, forestry.variables()).value())
			.isEqualTo("PLANNING_RESOURCES");
		assertThat(TABLES.evaluate(DECISION, RoutingDecisions.HANDLING_BODY, wetland.variables()).value())
			.isEqualTo("COMPREHENSIVE");
	}

}

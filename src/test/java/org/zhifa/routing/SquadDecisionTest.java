package org.zhifa.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.springframework.core.io.ClassPathResource;
import org.zhifa.organisation.Organisation;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.organisation.OrganisationProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SquadDecisionTest {

	static final DecisionCases TABLES = new DecisionCases();

	static final DmnDecision DECISION = TABLES.decision(DecisionCases.SQUAD_FILE,
			RoutingDecisions.SQUAD_DECISION);

	static List<DecisionCases.Case> cases() {
		return DecisionCases.cases(RoutingDecisions.SQUAD_DECISION);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void shouldMatchTheRuleOfTheCaseWhenEvaluated(DecisionCases.Case routingCase) {
		DecisionCases.Outcome outcome = TABLES.evaluate(DECISION, RoutingDecisions.SQUAD,
				routingCase.variables());

		assertThat(outcome.value()).isEqualTo(routingCase.expected());
		assertThat(outcome.rules()).containsExactly(routingCase.rule());
	}

	@Test
	void shouldHaveACaseForEveryRuleWhenCaseFileRead() {
		var rulesWithCases = cases().stream().map(DecisionCases.Case::rule).collect(Collectors.toSet());

		assertThat(rulesWithCases).containsExactlyInAnyOrderElementsOf(DecisionCases.ruleIds(DecisionCases.SQUAD_FILE));
	}

	@Test
	void shouldAgreeWithTheSquadsOfTheOrganisationWhenDomainOrPlaceGiven() {
		OrganisationDirectory directory = new OrganisationDirectory(
				new OrganisationProperties(new ClassPathResource("organisation/organisation.yml"), false, null), null);

		for (Organisation.Unit squad : directory.squads()) {
			for (String lineArea : squad.lineAreas()) {
				var variables = new DecisionCases.Case(null, null, lineArea, null, "XIHU_STREET", null, false, null);
				assertThat(TABLES.evaluate(DECISION, RoutingDecisions.SQUAD, variables.variables()).value())
					.as(lineArea).isEqualTo(squad.code());
			}
			for (String area : squad.areas()) {
				var variables = new DecisionCases.Case(null, null, "URBAN_MANAGEMENT", null, area, null, true, null);
				assertThat(TABLES.evaluate(DECISION, RoutingDecisions.SQUAD, variables.variables()).value())
					.as(area).isEqualTo(squad.code());
			}
		}
	}

}

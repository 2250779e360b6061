package org.zhifa.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the inputs, known or not, both tables answer one of their declared outputs: nothing is ever dropped. */
class RoutingTablesPropertiesTest {

	static final DecisionCases TABLES = new DecisionCases();

	static final DmnDecision BODY = TABLES.decision(DecisionCases.HANDLING_BODY_FILE,
			RoutingDecisions.HANDLING_BODY_DECISION);

	static final DmnDecision SQUAD = TABLES.decision(DecisionCases.SQUAD_FILE, RoutingDecisions.SQUAD_DECISION);

	@Property(tries = 300)
	void shouldAlwaysAnswerADeclaredHandlingBodyWhenInputsAreArbitrary(@ForAll("lineAreas") String lineArea,
			@ForAll("areas") String areaCode, @ForAll("scopes") String itemScope, @ForAll("codes") String itemCode,
			@ForAll boolean territorial) {
		VariableMap variables = variables(lineArea, itemCode, areaCode, itemScope, territorial);

		DecisionCases.Outcome outcome = TABLES.evaluate(BODY, RoutingDecisions.HANDLING_BODY, variables);

		assertThat(outcome.value()).isIn("COMPREHENSIVE", "MARKET_REGULATION", "PLANNING_RESOURCES", "TRANSPORT",
				"FINANCE", "AUDIT", "STATISTICS", "MEDICAL_INSURANCE", "JUSTICE", "DISTRICT", "MANUAL_DISPATCH");
		assertThat(outcome.rules()).hasSize(1);
	}

	@Property(tries = 300)
	void shouldAlwaysAnswerADeclaredSquadWhenInputsAreArbitrary(@ForAll("lineAreas") String lineArea,
			@ForAll("areas") String areaCode, @ForAll boolean territorial) {
		VariableMap variables = variables(lineArea, null, areaCode, null, territorial);

		DecisionCases.Outcome outcome = TABLES.evaluate(SQUAD, RoutingDecisions.SQUAD, variables);

		assertThat(outcome.value()).isIn("squad-pro-eco", "squad-pro-build", "squad-pro-society", "squad-xihu",
				"squad-xixi", "MANUAL_DISPATCH");
		assertThat(outcome.rules()).hasSize(1);
	}

	@Provide
	Arbitrary<String> lineAreas() {
		return Arbitraries.oneOf(Arbitraries.of("FOREST_WATER", "URBAN_MANAGEMENT", "MARKET_REGULATION", "JUSTICE",
				"ARCHIVES", "TRANSPORT"), Arbitraries.strings().ofMaxLength(12)).injectNull(0.1);
	}

	@Provide
	Arbitrary<String> areas() {
		return Arbitraries.oneOf(
				Arbitraries.of("XIHU_STREET", "SCENIC_AREA", "XIXI_PARK", "XIXI_PERIPHERAL", "OUTSIDE"),
				Arbitraries.strings().alpha().ofMaxLength(8)).injectNull(0.2);
	}

	@Provide
	Arbitrary<String> scopes() {
		return Arbitraries.oneOf(
				Arbitraries.of("SCENIC", "WEST_LAKE_WATER", "WETLAND", "FORESTRY", "WATER_CONSERVANCY"),
				Arbitraries.strings().ofMaxLength(6)).injectNull(0.4);
	}

	@Provide
	Arbitrary<String> codes() {
		return Arbitraries.oneOf(Arbitraries.of("FOREST_WATER-023", "FOREST_WATER-001", "330275012000"),
				Arbitraries.strings().ofMaxLength(10)).injectNull(0.5);
	}

	private static VariableMap variables(String lineArea, String itemCode, String areaCode, String itemScope,
			boolean territorial) {
		return Variables.createVariables()
			.putValue(RoutingDecisions.LINE_AREA, lineArea)
			.putValue(RoutingDecisions.ITEM_CODE, itemCode)
			.putValue(RoutingDecisions.AREA_CODE, areaCode)
			.putValue(RoutingDecisions.ITEM_SCOPE, itemScope)
			.putValue(RoutingDecisions.TERRITORIAL, territorial);
	}

}

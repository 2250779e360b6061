package org.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The house conventions (style.md 5.13) on {@code dmn/procedure-class-decision.dmn}, as the routing tables are held
 * to them: time to live, version tag, Chinese names, a diagram, FIRST with a source on every row and a catch-all
 * last, enumerated values, and the output names a business rule task maps.
 */
class ProcedureClassDecisionModelTest {

	static final DmnModelInstance MODEL = ProcedureClassDecisionTest.model();

	@ParameterizedTest
	@ValueSource(strings = { ProcedureClassDecisionTest.DECISION_KEY, ProcedureClassDecisionTest.THRESHOLD_KEY })
	void shouldCarryTimeToLiveVersionTagChineseNameAndShapeWhenShipped(String key) {
		Decision decision = MODEL.getModelElementById(key);

		assertThat(decision.getCamundaHistoryTimeToLiveString()).matches("P\\d+D");
		assertThat(decision.getVersionTag()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(decision.getName()).matches(".*\\p{IsHan}.*");
		assertThat(MODEL.getDocument().getElementsByNameNs("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape"))
			.anyMatch(shape -> key.equals(shape.getAttribute("dmnElementRef")));
	}

	@ParameterizedTest
	@ValueSource(strings = { ProcedureClassDecisionTest.DECISION_KEY, ProcedureClassDecisionTest.THRESHOLD_KEY })
	void shouldCiteASourceOnEveryRowAndEndWithACatchAllWhenShipped(String key) {
		DecisionTable table = table(key);
		List<Rule> rules = List.copyOf(table.getRules());

		assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
		assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription().getTextContent())
			.containsPattern("第\\d+条|law\\.md|design\\.md"));
		assertThat(rules.get(rules.size() - 1).getInputEntries())
			.allSatisfy(entry -> assertThat(text(entry)).isEmpty());
		assertThat(rules.subList(0, rules.size() - 1)).allSatisfy(rule -> assertThat(rule.getInputEntries())
			.anySatisfy(entry -> assertThat(text(entry)).isNotEmpty()));
	}

	@Test
	void shouldAnswerOrdinaryWithHearingAndLegalReviewFromTheCatchAllWhenShipped() {
		List<Rule> rules = List.copyOf(table(ProcedureClassDecisionTest.DECISION_KEY).getRules());

		assertThat(rules.get(rules.size() - 1).getOutputEntries()).extracting(entry -> entry.getTextContent())
			.containsExactly("\"ORDINARY\"", "true", "true", "false");
	}

	@Test
	void shouldNameTheFourResultVariablesAndEnumerateTheProcedureWhenShipped() {
		DecisionTable table = table(ProcedureClassDecisionTest.DECISION_KEY);
		Output procedure = table.getOutputs().iterator().next();

		assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("procedure", "hearingRight",
				"legalReviewRequired", "collectiveDeliberation");
		assertThat(procedure.getOutputValues().getTextContent()).isEqualTo("\"SIMPLE\",\"ORDINARY\",\"MAJOR\"");
		assertThat(table.getRules()).allSatisfy(rule -> assertThat(procedure.getOutputValues().getTextContent())
			.contains(rule.getOutputEntries().iterator().next().getTextContent()));
	}

	@ParameterizedTest
	@ValueSource(strings = { ProcedureClassDecisionTest.DECISION_KEY, ProcedureClassDecisionTest.THRESHOLD_KEY })
	void shouldUseOnlyEnumeratedValuesInStringEntriesWhenShipped(String key) {
		DecisionTable table = table(key);
		List<Input> inputs = List.copyOf(table.getInputs());

		for (Rule rule : table.getRules()) {
			List<InputEntry> entries = List.copyOf(rule.getInputEntries());
			for (int i = 0; i < inputs.size(); i++) {
				String entry = text(entries.get(i));
				if (inputs.get(i).getInputValues() != null && !entry.isEmpty()) {
					assertThat(List.of(inputs.get(i).getInputValues().getTextContent().split(",")))
						.as("%s %s", rule.getId(), inputs.get(i).getLabel())
						.containsAll(List.of(entry.split(",")));
				}
			}
		}
	}

	@Test
	void shouldRequireTheThresholdDecisionWhenShipped() {
		Decision decision = MODEL.getModelElementById(ProcedureClassDecisionTest.DECISION_KEY);

		assertThat(decision.getInformationRequirements()).extracting(InformationRequirement::getRequiredDecision)
			.extracting(Decision::getId).containsExactly(ProcedureClassDecisionTest.THRESHOLD_KEY);
	}

	private static DecisionTable table(String key) {
		Decision decision = MODEL.getModelElementById(key);
		return (DecisionTable) decision.getExpression();
	}

	private static String text(InputEntry entry) {
		return entry.getText() == null ? "" : entry.getText().getTextContent().strip();
	}

}

package org.zhifa.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingModelConventionsTest {

	@ParameterizedTest
	@ValueSource(strings = { DecisionCases.HANDLING_BODY_FILE, DecisionCases.SQUAD_FILE })
	void shouldCarryTimeToLiveVersionTagAndDiagramWhenShipped(String file) {
		DmnModelInstance model = DecisionCases.model(file);
		Decision decision = model.getModelElementsByType(Decision.class).iterator().next();

		assertThat(decision.getCamundaHistoryTimeToLiveString()).matches("P\\d+D");
		assertThat(decision.getVersionTag()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(decision.getName()).matches(".*\\p{IsHan}.*");
		assertThat(model.getDocument().getRootElement().getChildElements())
			.anyMatch(element -> element.getLocalName().equals("DMNDI"));
	}

	@ParameterizedTest
	@ValueSource(strings = { DecisionCases.HANDLING_BODY_FILE, DecisionCases.SQUAD_FILE })
	void shouldDescribeEveryRuleAndEndWithACatchAllWhenShipped(String file) {
		DecisionTable table = DecisionCases.model(file).getModelElementsByType(DecisionTable.class).iterator().next();
		List<Rule> rules = List.copyOf(table.getRules());

		assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
		assertThat(rules).allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
		assertThat(rules.get(rules.size() - 1).getInputEntries())
			.allSatisfy(entry -> assertThat(text(entry)).isEmpty());
		assertThat(rules.subList(0, rules.size() - 1)).allSatisfy(rule -> assertThat(rule.getInputEntries())
			.anySatisfy(entry -> assertThat(text(entry)).isNotEmpty()));
		assertThat(rules.get(rules.size() - 1).getOutputEntries().iterator().next().getTextContent())
			.isEqualTo("\"MANUAL_DISPATCH\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { DecisionCases.HANDLING_BODY_FILE, DecisionCases.SQUAD_FILE })
	void shouldEnumerateOutputValuesAndEveryOutputEntryWhenShipped(String file) {
		DecisionTable table = DecisionCases.model(file).getModelElementsByType(DecisionTable.class).iterator().next();
		Output output = table.getOutputs().iterator().next();
		String values = output.getOutputValues().getTextContent();

		assertThat(table.getRules()).allSatisfy(rule -> assertThat(values)
			.contains(rule.getOutputEntries().iterator().next().getTextContent()));
		assertThat(table.getInputs()).filteredOn(input -> input.getInputValues() != null)
			.extracting(Input::getLabel).isNotEmpty();
	}

	private static String text(InputEntry entry) {
		return entry.getText() == null ? "" : entry.getText().getTextContent().strip();
	}

}

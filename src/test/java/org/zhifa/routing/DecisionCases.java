package org.zhifa.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
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
import org.springframework.core.io.ClassPathResource;

/**
 * The routing decision tables as shipped ({@code dmn/} on the class path) on a plain DMN engine, and the table of
 * cases in {@code routing/cases.csv} that pins down each rule.
 */
final class DecisionCases {

	static final String HANDLING_BODY_FILE = "dmn/handling-body-decision.dmn";

	static final String SQUAD_FILE = "dmn/squad-decision.dmn";

	private final List<String> lastRules = new ArrayList<>();

	private final DmnEngine engine;

	DecisionCases() {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(this::remember));
		engine = configuration.buildEngine();
	}

	/** One row of the case file: the inputs and the rule and output expected. */
	record Case(String decision, String rule, String lineArea, String itemCode, String areaCode, String itemScope,
			boolean territorial, String expected) {

		VariableMap variables() {
			return Variables.createVariables()
				.putValue(RoutingDecisions.LINE_AREA, lineArea)
				.putValue(RoutingDecisions.ITEM_CODE, itemCode)
				.putValue(RoutingDecisions.AREA_CODE, areaCode)
				.putValue(RoutingDecisions.ITEM_SCOPE, itemScope)
				.putValue(RoutingDecisions.TERRITORIAL, territorial);
		}

		@Override
		public String toString() {
			return rule + " " + Arrays.asList(lineArea, itemCode, areaCode, itemScope, territorial) + " → " + expected;
		}

	}

	/** The outcome of one evaluation: the output value and the ids of the rules that matched. */
	record Outcome(String value, List<String> rules) {
	}

	static List<Case> cases(String decision) {
		return read("routing/cases.csv").stream()
			.skip(1)
			.map(cells -> new Case(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
					Boolean.parseBoolean(cells[6]), cells[7]))
			.filter(c -> c.decision().equals(decision))
			.toList();
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

	static DmnModelInstance model(String file) {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return Dmn.readModelFromStream(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> ruleIds(String file) {
		return model(file).getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toSet());
	}

	DmnDecision decision(String file, String key) {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return engine.parseDecision(key, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Outcome evaluate(DmnDecision decision, String output, VariableMap variables) {
		lastRules.clear();
		DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
		String value = result.isEmpty() ? null : result.getFirstResult().getEntry(output);
		return new Outcome(value, List.copyOf(lastRules));
	}

	private void remember(DmnDecisionTableEvaluationEvent event) {
		event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(lastRules::add);
	}

}

package org.zhifa.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.zhifa.security.SystemAuthority;

/**
 * Evaluates the latest deployed version of a decision table without the engine's decision service, so that what-if
 * routing writes no decision history, and reports the ids of the rules that matched.
 *
 * <p>A stand-alone DMN engine (same FEEL settings as the process engine's) evaluates the deployed XML; parsed decisions
 * are cached by decision definition id, so a new deployment is picked up on the next call. Definitions are read as the
 * system: routing is open to every authenticated user, who need not hold READ on decision definitions.
 */
@Component
class DecisionTableEvaluator {

	private final RepositoryService repositoryService;

	private final SystemAuthority authority;

	private final MatchedRules matchedRules = new MatchedRules();

	private final DmnEngine dmnEngine;

	private final Map<String, DmnDecision> decisions = new ConcurrentHashMap<>();

	DecisionTableEvaluator(ProcessEngineConfigurationImpl engineConfiguration, SystemAuthority authority) {
		this.repositoryService = engineConfiguration.getRepositoryService();
		this.authority = authority;
		this.dmnEngine = dmnEngineLike(engineConfiguration, matchedRules);
	}

	/**
	 * A DMN engine that evaluates like the process engine's (same FEEL settings, so a business rule task and the
	 * what-if call agree) but records no history and reports matched rules to the listener.
	 */
	private static DmnEngine dmnEngineLike(ProcessEngineConfigurationImpl engineConfiguration,
			DmnDecisionTableEvaluationListener listener) {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
		configuration.enableFeelLegacyBehavior(engineConfiguration.isDmnFeelEnableLegacyBehavior());
		configuration.setReturnBlankTableOutputAsNull(engineConfiguration.isDmnReturnBlankTableOutputAsNull());
		if (engineConfiguration.getDmnFeelCustomFunctionProviders() != null) {
			configuration.feelCustomFunctionProviders(engineConfiguration.getDmnFeelCustomFunctionProviders());
		}
		return configuration.buildEngine();
	}

	/** The result of one table: the output value ({@code null} when no rule matched) and the matched rule ids. */
	record Evaluation(String value, List<String> rules, String decisionDefinitionId) {
	}

	/**
	 * Evaluates the latest version of the decision.
	 * @param decisionKey the decision's key
	 * @param output the output column to read
	 * @param variables the inputs
	 * @throws IllegalStateException when no such decision is deployed
	 */
	Evaluation evaluate(String decisionKey, String output, VariableMap variables) {
		DecisionDefinition definition = latest(decisionKey);
		DmnDecision decision = decisions.computeIfAbsent(definition.getId(), id -> parse(decisionKey, id));

		List<String> rules = new ArrayList<>();
		DmnDecisionTableResult result = matchedRules.collect(rules,
				() -> dmnEngine.evaluateDecisionTable(decision, variables));
		String value = result.isEmpty() ? null : result.getFirstResult().getEntry(output);
		return new Evaluation(value, rules, definition.getId());
	}

	private DecisionDefinition latest(String decisionKey) {
		DecisionDefinition definition = authority.run(() -> repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey(decisionKey)
			.latestVersion()
			.singleResult());
		if (definition == null) {
			throw new IllegalStateException("Decision " + decisionKey + " is not deployed");
		}
		return definition;
	}

	private DmnDecision parse(String decisionKey, String definitionId) {
		try (InputStream model = authority.run(() -> repositoryService.getDecisionModel(definitionId))) {
			return dmnEngine.parseDecision(decisionKey, model);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Decision model cannot be read: " + definitionId, ex);
		}
	}

	/** Hands the matched rules of the evaluation running on this thread to its caller. */
	private static final class MatchedRules implements DmnDecisionTableEvaluationListener {

		private final ThreadLocal<List<String>> sink = new ThreadLocal<>();

		@Override
		public void notify(DmnDecisionTableEvaluationEvent event) {
			List<String> rules = sink.get();
			if (rules != null) {
				event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(rules::add);
			}
		}

		<T> T collect(List<String> rules, Supplier<T> evaluation) {
			sink.set(rules);
			try {
				return evaluation.get();
			}
			finally {
				sink.remove();
			}
		}

	}

}

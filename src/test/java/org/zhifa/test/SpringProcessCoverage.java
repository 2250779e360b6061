package org.zhifa.test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assertj.core.api.Condition;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.junit5.common.ProcessEngineCoverageExtensionHelper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Process coverage for a Spring test: the JUnit 5 coverage extension of process-test-coverage builds its own engine,
 * so this binds its collector and report helper to the engine of the Spring context instead. The test class also
 * imports {@link ProcessCoverageConfiguration}, which registers the coverage parse listener with that engine.
 *
 * <p>Two gates, checked after the class: the library's class coverage (flow nodes and sequence flows of every process
 * the class ran) and, per process definition key, the share of its flow nodes that were entered. The HTML report is
 * written under {@code target/process-test-coverage}.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final SpringProcessCoverage COVERAGE = SpringProcessCoverage.classCoverageOfAtLeast(0.9)
 *     .flowNodeCoverageOfAtLeast("PenaltyCaseProcess", 0.9);
 * </pre>
 */
public final class SpringProcessCoverage implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
		AfterAllCallback {

	private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());

	private final List<Condition<Double>> classConditions = new ArrayList<>();

	private final Map<String, Double> flowNodeMinimum = new LinkedHashMap<>();

	private final ProcessEngineCoverageExtensionHelper helper;

	private SpringProcessCoverage(double classMinimum) {
		classConditions.add(new Condition<>(coverage -> coverage >= classMinimum, "coverage of at least %s",
				classMinimum));
		helper = new ProcessEngineCoverageExtensionHelper(collector, false, true, List.of(), classConditions,
				new HashMap<>(), null);
	}

	/** The library's class coverage (flow nodes and sequence flows of all processes run) must reach this. */
	public static SpringProcessCoverage classCoverageOfAtLeast(double minimum) {
		return new SpringProcessCoverage(minimum);
	}

	/** The share of the process's flow nodes entered by the tests of the class must reach this. */
	public SpringProcessCoverage flowNodeCoverageOfAtLeast(String processDefinitionKey, double minimum) {
		flowNodeMinimum.put(processDefinitionKey, minimum);
		return this;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		helper.beforeAll(context);
	}

	/** Before the test's own set-up, so that processes it starts there are covered too. */
	@Override
	public void beforeEach(ExtensionContext context) {
		ProcessEngine engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
		new ProcessEngineAdapter(engine, collector).initializeListeners();
		helper.beforeTestExecution(context);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		helper.afterTestExecution(context);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Suite suite = collector.getActiveSuite();
		Map<String, FlowNodeCoverage> flowNodes = new LinkedHashMap<>();
		flowNodeMinimum.keySet().forEach(key -> flowNodes.put(key, flowNodeCoverage(suite, key)));
		flowNodes.values().forEach(coverage -> System.out.println("Process coverage: " + coverage));

		helper.afterAll(context);

		SoftAssertions softly = new SoftAssertions();
		flowNodeMinimum.forEach((key, minimum) -> softly.assertThat(flowNodes.get(key).ratio())
			.as("flow-node coverage of %s", flowNodes.get(key)).isGreaterThanOrEqualTo(minimum));
		softly.assertAll();
	}

	private FlowNodeCoverage flowNodeCoverage(Suite suite, String key) {
		Model model = collector.getModels().stream().filter(candidate -> candidate.getKey().equals(key)).findFirst()
			.orElse(null);
		if (model == null) {
			return new FlowNodeCoverage(key, Set.of(), Set.of());
		}
		Set<String> all = Bpmn
			.readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)))
			.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> entered = suite.getEvents().stream()
			.filter(event -> event.getSource() == EventSource.FLOW_NODE && key.equals(event.getModelKey()))
			.map(Event::getDefinitionKey).filter(all::contains)
			.collect(Collectors.toCollection(TreeSet::new));
		return new FlowNodeCoverage(key, all, entered);
	}

	/** The flow nodes of one process and those the tests entered. */
	record FlowNodeCoverage(String key, Set<String> all, Set<String> entered) {

		double ratio() {
			return all.isEmpty() ? 0 : (double) entered.size() / all.size();
		}

		@Override
		public String toString() {
			Set<String> missed = new TreeSet<>(all);
			missed.removeAll(entered);
			return "%s %d/%d flow nodes = %.3f, not entered: %s".formatted(key, entered.size(), all.size(), ratio(),
					missed);
		}

	}

}

package org.zhifa.test;

import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Spring keeps several test contexts alive, each with a process engine named "default", but the engine's REST API and
 * the webapps find the engine by name in static registries, where the engine started last wins and a closed context
 * leaves none. Before each test
 * this listener registers the engine of the test's own context, so that HTTP calls reach the same engine and database
 * as the test's beans.
 */
public class ProcessEngineRegistration implements TestExecutionListener, Ordered {

	@Override
	public void beforeTestClass(TestContext testContext) {
		register(testContext);
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		register(testContext);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void register(TestContext testContext) {
		testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
			.ifAvailable(ProcessEngineRegistration::register);
	}

	private static void register(ProcessEngine engine) {
		// The REST API looks engines up here ...
		ProcessEngines.registerProcessEngine(engine);

		// ... and the webapps in the platform's process engine service.
		RuntimeContainerDelegate container = RuntimeContainerDelegate.INSTANCE.get();
		ProcessEngine registered = container.getProcessEngineService().getProcessEngine(engine.getName());
		if (registered != engine) {
			if (registered != null) {
				container.unregisterProcessEngine(registered);
			}
			container.registerProcessEngine(engine);
		}
	}

}

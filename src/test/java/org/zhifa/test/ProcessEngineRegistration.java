package org.zhifa.test;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Spring keeps several test contexts alive, each with a process engine named "default", but the engine's REST API and
 * the webapps find the engine by name in one static registry, where the engine started last wins. Before each test
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
		if (!testContext.hasApplicationContext()) {
			testContext.getApplicationContext();
		}
		testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
			.ifAvailable(ProcessEngines::registerProcessEngine);
	}

}

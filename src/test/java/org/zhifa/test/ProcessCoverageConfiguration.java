package org.zhifa.test;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the coverage parse listener of process-test-coverage with the engine of the test's Spring context; import
 * it into a test class that uses {@link SpringProcessCoverage}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageConfiguration {

	@Bean
	AbstractProcessEnginePlugin processCoveragePlugin() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
			}
		};
	}

}

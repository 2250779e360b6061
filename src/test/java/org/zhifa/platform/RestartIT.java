package org.zhifa.platform;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifa.ZhifaApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database in file mode: a restart keeps running work and deploys nothing again; a production start
 * on a database that still holds the demo users is refused.
 */
class RestartIT {

	@TempDir
	Path dataDir;

	@Test
	void shouldKeepRunningInstanceAndDeployNothingNewWhenRestarted() {
		String instanceId;
		long deployments;
		long definitions;
		try (ConfigurableApplicationContext first = start("demo")) {
			instanceId = first.getBean(RuntimeService.class)
				.startProcessInstanceByKey("PlatformCheckProcess", "RESTART-1", Map.of("squad", "squad-xixi"))
				.getId();
			deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
			definitions = first.getBean(RepositoryService.class).createProcessDefinitionQuery().count();
		}

		try (ConfigurableApplicationContext second = start("demo")) {
			RuntimeService runtimeService = second.getBean(RuntimeService.class);
			RepositoryService repositoryService = second.getBean(RepositoryService.class);

			assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
			assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
			assertThat(repositoryService.createProcessDefinitionQuery().count()).isEqualTo(definitions);
			assertThat(definitions).isPositive();
		}
	}

	@Test
	void shouldRefuseProductionStartWhileDemoUsersExist() {
		start("demo").close();

		assertThatThrownBy(() -> start("prod").close()).hasStackTraceContaining("Refusing to start")
			.hasStackTraceContaining("xixi-officer-1");
	}

	@Test
	void shouldStartInProductionWithoutDemoUsersAndEnforceThePasswordPolicy() {
		try (ConfigurableApplicationContext prod = start("prod")) {
			IdentityService identityService = prod.getBean(IdentityService.class);
			User weak = identityService.newUser("weak-password");
			weak.setPassword("demo");

			assertThat(prod.isActive()).isTrue();
			assertThat(prod.getBean(ProcessEngineConfigurationImpl.class).isEnablePasswordPolicy()).isTrue();
			assertThatThrownBy(() -> identityService.saveUser(weak)).hasMessageContaining("Password does not match policy");
			assertThat(identityService.createUserQuery().count()).isZero();
		}
	}

	private ConfigurableApplicationContext start(String profile) {
		return new SpringApplicationBuilder(ZhifaApplication.class).profiles(profile)
			.run("--zhifa.data-dir=" + dataDir, "--server.port=0", "--camunda.bpm.job-execution.enabled=false");
	}

}

package org.zhifa.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhifaIntegrationTest
class ModelDeployerIT {

	static final String CHECK_PROCESS = "processes/platform-check-process.bpmn";

	@Autowired
	ModelDeployer deployer;

	@Autowired
	RepositoryService repositoryService;

	@Test
	void shouldDeployModelsUnderStableNames() {
		Map<String, Resource> models = deployer.findModels();

		assertThat(models).containsKey(CHECK_PROCESS);
		assertThat(models.keySet()).allMatch(name -> name.matches("(processes|dmn|forms)/[^:]+"));
	}

	@Test
	void shouldCreateNoVersionWhenNothingChanged() {
		long versions = versionsOfCheckProcess();

		deployer.deploy(deployer.findModels());

		assertThat(versionsOfCheckProcess()).isEqualTo(versions);
	}

	@Test
	void shouldCreateExactlyOneVersionOfTheChangedFileOnly() throws IOException {
		Map<String, Resource> models = deployer.findModels();
		long otherDefinitions = repositoryService.createProcessDefinitionQuery().count() - versionsOfCheckProcess();
		String changed = models.get(CHECK_PROCESS).getContentAsString(StandardCharsets.UTF_8)
			.replace("name=\"平台自检\"", "name=\"平台自检（修订）\"");
		models.put(CHECK_PROCESS, new ByteArrayResource(changed.getBytes(StandardCharsets.UTF_8)));
		long versions = versionsOfCheckProcess();

		deployer.deploy(models);
		deployer.deploy(models);

		assertThat(versionsOfCheckProcess()).isEqualTo(versions + 1);
		assertThat(repositoryService.createProcessDefinitionQuery().count() - versionsOfCheckProcess())
			.isEqualTo(otherDefinitions);
	}

	private long versionsOfCheckProcess() {
		return repositoryService.createProcessDefinitionQuery().processDefinitionKey("PlatformCheckProcess").count();
	}

}

package org.zhifa.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the model folders ({@code processes/}, {@code dmn/}, {@code forms/}) at start-up under stable resource
 * names such as {@code processes/penalty-case-process.bpmn}.
 *
 * <p>The Camunda starter's auto-deployment names resources by their absolute path under {@code spring-boot:run} and
 * by their bare name under {@code java -jar}, so switching between the two would deploy everything again. Here the
 * name is the path below the classpath root, whichever way the application runs, and duplicate filtering with
 * "changed only" deploys exactly the files whose content changed.
 */
@Component
@Order(0)
public class ModelDeployer implements InitializingBean {

	/** The deployment name that duplicate filtering compares against. */
	public static final String DEPLOYMENT_NAME = "zhifa-models";

	static final List<String> PATTERNS = List.of("processes/**/*.bpmn", "dmn/**/*.dmn", "forms/**/*.form");

	private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

	private final RepositoryService repositoryService;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	public ModelDeployer(RepositoryService repositoryService) {
		this.repositoryService = repositoryService;
	}

	@Override
	public void afterPropertiesSet() {
		deploy(findModels());
	}

	/**
	 * Deploys the given models; unchanged ones are filtered out by the engine.
	 * @param models stable resource name to resource
	 */
	void deploy(Map<String, Resource> models) {
		if (models.isEmpty()) {
			LOG.warn("No models found under {}", PATTERNS);
			return;
		}

		DeploymentBuilder builder = repositoryService.createDeployment()
			.name(DEPLOYMENT_NAME)
			.source("zhifa")
			.enableDuplicateFiltering(true);
		models.forEach((name, resource) -> builder.addInputStream(name, read(resource)));

		DeploymentWithDefinitions deployment = builder.deployWithResult();
		LOG.info("Models deployed: {} found, {} process and {} decision definitions new in deployment {}",
				models.size(), sizeOf(deployment.getDeployedProcessDefinitions()),
				sizeOf(deployment.getDeployedDecisionDefinitions()), deployment.getId());
	}

	Map<String, Resource> findModels() {
		Map<String, Resource> models = new TreeMap<>();
		for (String pattern : PATTERNS) {
			String folder = pattern.substring(0, pattern.indexOf('/') + 1);
			for (Resource resource : resolve(pattern)) {
				models.put(stableName(folder, resource), resource);
			}
		}
		return models;
	}

	/** The path from the model folder on, e.g. {@code processes/clue-intake-process.bpmn}. */
	static String stableName(String folder, Resource resource) {
		String url = url(resource);
		int start = url.lastIndexOf("/" + folder);
		if (start < 0) {
			throw new IllegalStateException("Model outside its folder " + folder + ": " + url);
		}
		return url.substring(start + 1);
	}

	private Resource[] resolve(String pattern) {
		try {
			return resolver.getResources("classpath*:" + pattern);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Models cannot be listed: " + pattern, ex);
		}
	}

	private static String url(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream read(Resource resource) {
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Model cannot be read: " + resource, ex);
		}
	}

	private static int sizeOf(List<?> definitions) {
		return definitions == null ? 0 : definitions.size();
	}

}

package org.zhifa.tasklist;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the shared Tasklist filters match their definitions, with READ granted to exactly the groups each is for.
 *
 * <p>Idempotent: a filter is found again by its key (property {@value #KEY_PROPERTY}) and saved only when its
 * definition changed since the last start (property {@value #DEFINITION_PROPERTY}, a digest of the definition), so a
 * second start changes nothing and an administrator's later edit of a filter in Tasklist survives restarts until
 * Zhifa ships a new definition of it. Filters with a key that is no longer defined (a squad removed from the
 * organisation) are deleted with their authorizations. Filters without a key (created by users) are left alone.
 */
@Service
public class TaskFilterSetup {

	static final String KEY_PROPERTY = "zhifaFilter";

	static final String DEFINITION_PROPERTY = "zhifaDefinition";

	private static final Logger LOG = LoggerFactory.getLogger(TaskFilterSetup.class);

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	public TaskFilterSetup(FilterService filterService, TaskService taskService,
			AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	/**
	 * Creates, updates and deletes the managed filters and their read authorizations.
	 * @return how many filters and authorizations were created, changed or deleted
	 */
	@Transactional
	public int synchronise(List<TaskFilterDefinition> definitions) {
		Map<String, Filter> managed = managedFilters();
		int changes = 0;
		for (TaskFilterDefinition definition : definitions) {
			Filter filter = managed.remove(definition.key());
			if (filter == null || !digest(definition).equals(filter.getProperties().get(DEFINITION_PROPERTY))) {
				filter = save(definition, filter);
				changes++;
			}
			changes += grantReadTo(filter.getId(), definition.readers());
		}

		for (Filter stale : managed.values()) {
			LOG.info("Task filter {} is no longer defined: removed", stale.getProperties().get(KEY_PROPERTY));
			filterService.deleteFilter(stale.getId());
			changes++;
		}
		LOG.info("Task filters synchronised: {} defined, {} changes", definitions.size(), changes);
		return changes;
	}

	private Map<String, Filter> managedFilters() {
		Map<String, Filter> managed = new LinkedHashMap<>();
		for (Filter filter : filterService.createTaskFilterQuery().list()) {
			Object key = filter.getProperties() == null ? null : filter.getProperties().get(KEY_PROPERTY);
			if (key instanceof String name) {
				managed.put(name, filter);
			}
		}
		return managed;
	}

	private Filter save(TaskFilterDefinition definition, Filter existing) {
		Filter filter = existing == null ? filterService.newTaskFilter() : existing;
		filter.setName(definition.name());
		filter.setQuery(definition.query(taskService));
		filter.setProperties(properties(definition));
		LOG.info("Task filter {} {}", definition.key(), existing == null ? "created" : "updated");
		return filterService.saveFilter(filter);
	}

	private static Map<String, Object> properties(TaskFilterDefinition definition) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", definition.description());
		properties.put("priority", definition.priority());
		if (definition.color() != null) {
			properties.put("color", definition.color());
		}
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", TaskFilterDefinition.VARIABLES);
		properties.put(KEY_PROPERTY, definition.key());
		properties.put(DEFINITION_PROPERTY, digest(definition));
		return properties;
	}

	private int grantReadTo(String filterId, List<String> readers) {
		int changes = 0;
		for (String group : readers) {
			Authorization authorization = authorizationService.createAuthorizationQuery()
				.authorizationType(Authorization.AUTH_TYPE_GRANT)
				.groupIdIn(group)
				.resourceType(Resources.FILTER)
				.resourceId(filterId)
				.singleResult();
			if (authorization == null || !authorization.isPermissionGranted(Permissions.READ)) {
				authorizationService.saveAuthorization(withRead(authorization, group, filterId));
				changes++;
			}
		}

		for (Authorization other : authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(Resources.FILTER)
			.resourceId(filterId)
			.list()) {
			if (other.getGroupId() != null && !readers.contains(other.getGroupId())) {
				authorizationService.deleteAuthorization(other.getId());
				changes++;
			}
		}
		return changes;
	}

	private Authorization withRead(Authorization existing, String group, String filterId) {
		Authorization authorization = existing;
		if (authorization == null) {
			authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(group);
			authorization.setResource(Resources.FILTER);
			authorization.setResourceId(filterId);
		}
		authorization.addPermission(Permissions.READ);
		return authorization;
	}

	/** A digest of everything the definition sets, readers included. */
	static String digest(TaskFilterDefinition definition) {
		String text = definition + "|" + TaskFilterDefinition.VARIABLES;
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

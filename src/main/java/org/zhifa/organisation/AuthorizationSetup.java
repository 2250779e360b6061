package org.zhifa.organisation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants each role what it needs and nothing more (least privilege), as authorizations on the role's group.
 *
 * <p>Task visibility is not granted here: the engine gives a task's candidate groups and assignee access to that task
 * alone, so officers see only the work offered to their squad. Auditors read definitions, instances and history but
 * hold no task permission that would let them claim or complete. Idempotent: existing authorizations are extended,
 * never duplicated.
 */
@Service
public class AuthorizationSetup {

	/** Roles that work in Tasklist. */
	static final List<String> TASKLIST_ROLES = List.of("officer", "auxiliary", "squad-leader", "team-leader",
			"dispatcher", "sub-dispatcher", "dept-reviewer", "legal-reviewer", "enforcement-leader", "committee",
			"liaison", "process-admin");

	static final String AUDITOR = "auditor";

	static final String PROCESS_ADMIN = "process-admin";

	static final String OFFICER = "officer";

	static final String COERCIVE_MEASURE_PROCESS = "CoerciveMeasureProcess";

	static final String LEGAL_REVIEWER = "legal-reviewer";

	static final String APPEAL_PROCESS = "AppealProcess";

	private final AuthorizationService authorizationService;

	public AuthorizationSetup(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	/**
	 * Creates or extends the authorizations of every role present in the organisation.
	 * @return how many authorizations were created or changed
	 */
	@Transactional
	public int grant(Organisation organisation) {
		int changes = 0;
		for (Grant grant : grants()) {
			if (grant.groupId().equals(Groups.CAMUNDA_ADMIN) || organisation.hasRole(grant.groupId())) {
				changes += apply(grant);
			}
		}
		return changes;
	}

	static List<Grant> grants() {
		List<Grant> grants = new ArrayList<>();
		for (String role : TASKLIST_ROLES) {
			grants.add(new Grant(role, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
			grants.add(new Grant(role, Resources.PROCESS_DEFINITION, "*", Permissions.READ));
		}
		for (String role : concat(TASKLIST_ROLES, AUDITOR)) {
			grants.add(new Grant(role, Resources.USER, "*", Permissions.READ));
			grants.add(new Grant(role, Resources.GROUP, "*", Permissions.READ));
		}
		grants.addAll(auditorGrants());
		grants.addAll(processAdminGrants());
		grants.addAll(coerciveMeasureGrants());
		grants.addAll(appealGrants());
		for (Resources resource : Resources.values()) {
			grants.add(new Grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL));
		}
		return grants;
	}

	private static List<Grant> auditorGrants() {
		return List.of(new Grant(AUDITOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
				new Grant(AUDITOR, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
						ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
						ProcessDefinitionPermissions.READ_TASK),
				new Grant(AUDITOR, Resources.PROCESS_INSTANCE, "*", Permissions.READ),
				new Grant(AUDITOR, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY),
				new Grant(AUDITOR, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ),
				new Grant(AUDITOR, Resources.DEPLOYMENT, "*", Permissions.READ));
	}

	private static List<Grant> processAdminGrants() {
		return List.of(new Grant(PROCESS_ADMIN, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
				new Grant(PROCESS_ADMIN, Resources.DEPLOYMENT, "*", Permissions.ALL),
				new Grant(PROCESS_ADMIN, Resources.PROCESS_DEFINITION, "*", Permissions.ALL),
				new Grant(PROCESS_ADMIN, Resources.DECISION_DEFINITION, "*", Permissions.ALL),
				new Grant(PROCESS_ADMIN, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.ALL),
				new Grant(PROCESS_ADMIN, Resources.PROCESS_INSTANCE, "*", Permissions.READ));
	}

	/**
	 * Officers start {@code CoerciveMeasureProcess} from Tasklist (or the engine's REST API); its first step checks
	 * that the starter is a certified officer of the case's squad, so the grant alone lets nobody else act.
	 */
	private static List<Grant> coerciveMeasureGrants() {
		return List.of(new Grant(OFFICER, Resources.PROCESS_DEFINITION, COERCIVE_MEASURE_PROCESS,
				ProcessDefinitionPermissions.CREATE_INSTANCE),
				new Grant(OFFICER, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
	}

	/** Legal reviewers register a reconsideration or lawsuit against a decision by starting {@code AppealProcess}. */
	private static List<Grant> appealGrants() {
		return List.of(new Grant(LEGAL_REVIEWER, Resources.PROCESS_DEFINITION, APPEAL_PROCESS,
				ProcessDefinitionPermissions.CREATE_INSTANCE),
				new Grant(LEGAL_REVIEWER, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
	}

	private int apply(Grant grant) {
		Authorization authorization = authorizationService.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(grant.groupId())
			.resourceType(grant.resource())
			.resourceId(grant.resourceId())
			.singleResult();
		boolean created = authorization == null;
		if (created) {
			authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(grant.groupId());
			authorization.setResource(grant.resource());
			authorization.setResourceId(grant.resourceId());
		}

		boolean missing = false;
		for (Permission permission : grant.permissions()) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				missing = true;
			}
		}
		if (created || missing) {
			authorizationService.saveAuthorization(authorization);
			return 1;
		}
		return 0;
	}

	private static List<String> concat(List<String> roles, String role) {
		List<String> all = new ArrayList<>(roles);
		all.add(role);
		return all;
	}

	/** One GRANT authorization for a group. */
	record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
	}

}

package org.zhifa.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the engine's groups, users and memberships match the organisation file and, in the demo, the demo users.
 *
 * <p>Idempotent: a second run with the same files changes nothing. Groups are marked by their type
 * ({@value #UNIT_TYPE}, {@value #ROLE_TYPE}) so that a group removed from the file is removed from the engine, and
 * the memberships of a declared user in managed groups are exactly the declared ones. Users created by an
 * administrator in Camunda Admin and their memberships are left alone.
 */
@Service
public class OrganisationSync {

	static final String UNIT_TYPE = "zhifa-unit";

	static final String ROLE_TYPE = "zhifa-role";

	private static final Logger LOG = LoggerFactory.getLogger(OrganisationSync.class);

	private final IdentityService identityService;

	private final StaffRegister staffRegister;

	public OrganisationSync(IdentityService identityService, StaffRegister staffRegister) {
		this.identityService = identityService;
		this.staffRegister = staffRegister;
	}

	/**
	 * Synchronises groups, and users with their memberships.
	 * @param organisation the organisation file's content
	 * @param staff the declared users (empty outside the demo)
	 * @param initialPassword the password a newly created declared user gets
	 * @return how many changes were made
	 */
	@Transactional
	public int synchronise(Organisation organisation, List<StaffMember> staff, String initialPassword) {
		Map<String, Group> desired = desiredGroups(organisation);
		int changes = syncGroups(desired);
		for (StaffMember member : staff) {
			changes += syncUser(member, initialPassword);
			changes += syncMemberships(member, desired.keySet());
			changes += staffRegister.record(member) ? 1 : 0;
		}
		LOG.info("Organisation synchronised: {} groups, {} declared users, {} changes", desired.size(), staff.size(),
				changes);
		return changes;
	}

	private Map<String, Group> desiredGroups(Organisation organisation) {
		Map<String, Group> groups = new LinkedHashMap<>();
		organisation.roles().forEach(role -> groups.put(role.code(), group(role.code(), role.name(), ROLE_TYPE)));
		organisation.units().forEach(unit -> groups.put(unit.code(), group(unit.code(), unit.name(), UNIT_TYPE)));
		organisation.squads().forEach(squad -> groups.put(Organisation.leadersOf(squad.code()),
				group(Organisation.leadersOf(squad.code()), squad.name() + "（中队长）", UNIT_TYPE)));
		organisation.businessDepartments().forEach(department -> groups.put(Organisation.reviewersOf(department.code()),
				group(Organisation.reviewersOf(department.code()), department.name() + "（审核人员）", UNIT_TYPE)));
		groups.put(Groups.CAMUNDA_ADMIN, group(Groups.CAMUNDA_ADMIN, "系统管理员", Groups.GROUP_TYPE_SYSTEM));
		return groups;
	}

	private Group group(String id, String name, String type) {
		Group group = identityService.newGroup(id);
		group.setName(name);
		group.setType(type);
		return group;
	}

	private int syncGroups(Map<String, Group> desired) {
		int changes = 0;
		for (Group wanted : desired.values()) {
			Group existing = identityService.createGroupQuery().groupId(wanted.getId()).singleResult();
			if (existing == null || !wanted.getName().equals(existing.getName())
					|| !wanted.getType().equals(existing.getType())) {
				identityService.saveGroup(existing == null ? wanted : renamed(existing, wanted));
				changes++;
			}
		}
		for (Group existing : managedGroups()) {
			if (!desired.containsKey(existing.getId())) {
				LOG.info("Group {} is no longer in the organisation file: removed", existing.getId());
				identityService.deleteGroup(existing.getId());
				changes++;
			}
		}
		return changes;
	}

	private List<Group> managedGroups() {
		List<Group> groups = new ArrayList<>(identityService.createGroupQuery().groupType(UNIT_TYPE).list());
		groups.addAll(identityService.createGroupQuery().groupType(ROLE_TYPE).list());
		return groups;
	}

	private static Group renamed(Group existing, Group wanted) {
		existing.setName(wanted.getName());
		existing.setType(wanted.getType());
		return existing;
	}

	private int syncUser(StaffMember member, String initialPassword) {
		User existing = identityService.createUserQuery().userId(member.id()).singleResult();
		if (existing == null) {
			User user = identityService.newUser(member.id());
			user.setFirstName(member.firstName());
			user.setLastName(member.lastName());
			user.setPassword(initialPassword);
			identityService.saveUser(user);
			return 1;
		}
		if (member.firstName().equals(existing.getFirstName()) && member.lastName().equals(existing.getLastName())) {
			return 0;
		}
		existing.setFirstName(member.firstName());
		existing.setLastName(member.lastName());
		identityService.saveUser(existing);
		return 1;
	}

	private int syncMemberships(StaffMember member, Set<String> managed) {
		Set<String> wanted = new HashSet<>(member.roles());
		wanted.add(member.unit());
		if (member.roles().contains(Organisation.SQUAD_LEADER)
				&& managed.contains(Organisation.leadersOf(member.unit()))) {
			wanted.add(Organisation.leadersOf(member.unit()));
		}
		if (member.roles().contains(Organisation.DEPT_REVIEWER)
				&& managed.contains(Organisation.reviewersOf(member.unit()))) {
			wanted.add(Organisation.reviewersOf(member.unit()));
		}
		if (member.admin()) {
			wanted.add(Groups.CAMUNDA_ADMIN);
		}
		Set<String> current = new HashSet<>();
		identityService.createGroupQuery().groupMember(member.id()).list().forEach(group -> current.add(group.getId()));

		int changes = 0;
		for (String groupId : wanted) {
			if (!current.contains(groupId)) {
				identityService.createMembership(member.id(), groupId);
				changes++;
			}
		}
		for (String groupId : current) {
			if (managed.contains(groupId) && !wanted.contains(groupId)) {
				identityService.deleteMembership(member.id(), groupId);
				changes++;
			}
		}
		return changes;
	}

}

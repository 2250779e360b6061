package org.zhifa.organisation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ZhifaIntegrationTest
class OrganisationSyncIT {

	@Autowired
	OrganisationSync sync;

	@Autowired
	AuthorizationSetup authorizations;

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	OrganisationProperties properties;

	@Autowired
	IdentityService identityService;

	@Autowired
	StaffRegister staffRegister;

	@AfterEach
	void restoreDeclaredState() {
		synchronise();
	}

	@Test
	void shouldChangeNothingWhenSynchronisedAgain() {
		int changes = synchronise();

		assertThat(changes).isZero();
		assertThat(authorizations.grant(directory.organisation())).isZero();
	}

	@Test
	void shouldCreateGroupsForEveryRoleAndUnit() {
		Organisation organisation = directory.organisation();

		for (Organisation.Role role : organisation.roles()) {
			assertThat(identityService.createGroupQuery().groupId(role.code()).count()).as(role.code()).isEqualTo(1);
		}
		for (Organisation.Unit unit : organisation.units()) {
			assertThat(identityService.createGroupQuery().groupId(unit.code()).count()).as(unit.code()).isEqualTo(1);
		}
	}

	@Test
	void shouldRemoveMembershipNoLongerDeclared() {
		identityService.createMembership("xixi-officer-1", "squad-xihu");

		int changes = synchronise();

		assertThat(changes).isEqualTo(1);
		assertThat(groupsOf("xixi-officer-1")).containsExactlyInAnyOrder("squad-xixi", "officer");
	}

	@Test
	void shouldPutSquadLeadersInTheLeaderGroupOfTheirSquadOnly() {
		assertThat(groupsOf("xixi-leader")).contains("squad-xixi-leaders").doesNotContain("squad-xihu-leaders");
		assertThat(groupsOf("xixi-officer-1")).doesNotContain("squad-xixi-leaders");
	}

	@Test
	void shouldRemoveManagedGroupNoLongerInTheFile() {
		Group stale = identityService.newGroup("squad-dissolved");
		stale.setName("已撤销中队");
		stale.setType(OrganisationSync.UNIT_TYPE);
		identityService.saveGroup(stale);

		synchronise();

		assertThat(identityService.createGroupQuery().groupId("squad-dissolved").count()).isZero();
	}

	@Test
	void shouldKeepGroupsItDoesNotManage() {
		Group own = identityService.newGroup("study-circle");
		own.setName("学习小组");
		own.setType("WORKFLOW");
		identityService.saveGroup(own);

		synchronise();

		assertThat(identityService.createGroupQuery().groupId("study-circle").count()).isEqualTo(1);
		identityService.deleteGroup("study-circle");
	}

	@Test
	void shouldRestoreRenamedGroup() {
		Group squad = identityService.createGroupQuery().groupId("squad-xixi").singleResult();
		squad.setName("改名");
		identityService.saveGroup(squad);

		synchronise();

		assertThat(identityService.createGroupQuery().groupId("squad-xixi").singleResult().getName())
			.isEqualTo("西溪湿地公园中队");
	}

	@Test
	void shouldRecordCertificatesAndLegalQualification() {
		assertThat(staffRegister.find("xixi-officer-1")).hasValueSatisfying(facts -> {
			assertThat(facts.certified()).isTrue();
			assertThat(facts.unitCode()).isEqualTo("squad-xixi");
		});
		assertThat(staffRegister.find("xixi-aux")).hasValueSatisfying(facts -> assertThat(facts.certified()).isFalse());
		assertThat(staffRegister.find("legal-reviewer"))
			.hasValueSatisfying(facts -> assertThat(facts.legalQualification()).isTrue());
	}

	private int synchronise() {
		List<StaffMember> staff = OrganisationFile.readStaff(properties.demoUsersFile(), directory.organisation());
		return sync.synchronise(directory.organisation(), staff, "demo");
	}

	private List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}

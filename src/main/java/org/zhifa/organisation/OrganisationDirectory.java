package org.zhifa.organisation;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * Read access to the organisation for other capabilities: areas, line areas, units and squads, and the groups of a
 * user. The organisation file is read once, at start-up.
 */
@Service
public class OrganisationDirectory {

	private final Organisation organisation;

	private final IdentityService identityService;

	public OrganisationDirectory(OrganisationProperties properties, IdentityService identityService) {
		this.organisation = OrganisationFile.readOrganisation(properties.file());
		this.identityService = identityService;
	}

	public Organisation organisation() {
		return organisation;
	}

	public Optional<Organisation.Area> area(String code) {
		return organisation.area(code);
	}

	public Optional<Organisation.LineArea> lineArea(String code) {
		return organisation.lineArea(code);
	}

	public Optional<Organisation.Unit> unit(String code) {
		return organisation.unit(code);
	}

	public List<Organisation.Unit> squads() {
		return organisation.squads();
	}

	/**
	 * The candidate group of a major case's department review: the reviewers of the business department of the
	 * case's line area. Used in {@code PenaltyCaseProcess} as {@code ${organisationDirectory.departmentReviewersOf(
	 * lineArea)}}.
	 * @throws IllegalStateException when no business department covers the line area: the organisation file must be
	 *     completed, and the step fails as an incident until it is
	 */
	public String departmentReviewersOf(String lineAreaCode) {
		return organisation.departmentOf(lineAreaCode).map(unit -> Organisation.reviewersOf(unit.code()))
			.orElseThrow(() -> new IllegalStateException("No business department covers line area " + lineAreaCode
					+ ": add one to the organisation file"));
	}

	/** The ids of the groups (units and roles) the user belongs to in the engine's identity store. */
	public List<String> groupsOf(String userId) {
		return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

}

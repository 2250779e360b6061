package org.zhifa.organisation;

import java.util.List;

/**
 * A person as the organisation file or the demo data declares them.
 *
 * @param id the login, also the Camunda user id
 * @param unit the code of the unit they work in
 * @param roles role codes
 * @param certified holds a law-enforcement certificate (执法证); only certified officers handle cases
 * @param legalQualification holds the legal qualification a first-time legal reviewer needs
 * @param admin administers the system (Camunda's camunda-admin group)
 */
public record StaffMember(String id, String lastName, String firstName, String unit, List<String> roles,
		boolean certified, boolean legalQualification, boolean admin) {

	public StaffMember {
		roles = roles == null ? List.of() : List.copyOf(roles);
	}

}

package org.zhifa.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.zhifa.web.ForbiddenException;

/**
 * Runs an engine call on behalf of the system, after our own service has checked what the caller may do: for example
 * starting {@code ClueIntakeProcess}, which no user may start directly through the engine's REST API, since that would
 * bypass validation and numbering.
 */
@Component
public class SystemAuthority {

	private final IdentityService identityService;

	public SystemAuthority(IdentityService identityService) {
		this.identityService = identityService;
	}

	/** Runs the work without the caller's authentication, then restores it. */
	public <T> T run(Supplier<T> work) {
		Authentication caller = identityService.getCurrentAuthentication();
		identityService.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (caller != null) {
				identityService.setAuthentication(caller);
			}
		}
	}

	/** The id of the authenticated caller, or {@code null} when the system itself acts. */
	public String currentUser() {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication == null ? null : authentication.getUserId();
	}

	/**
	 * Refuses the call unless the authenticated caller belongs to one of the groups.
	 * @param refusal the message of the 403, in Chinese for the user
	 * @throws ForbiddenException when the caller belongs to none of them
	 */
	public void requireAny(Collection<String> groupIds, String refusal) {
		if (!callerInAny(groupIds)) {
			throw new ForbiddenException(refusal);
		}
	}

	/** Whether the authenticated caller belongs to any of the groups. */
	public boolean callerInAny(Collection<String> groupIds) {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication != null && authentication.getGroupIds() != null
				&& authentication.getGroupIds().stream().anyMatch(groupIds::contains);
	}

	/** Whether the caller is a certified officer (not only an auxiliary) who is a member of the squad. */
	public boolean callerIsOfficerOf(String squad) {
		return squad != null && callerInAny(List.of(squad)) && callerInAny(List.of(AuxiliaryGuard.OFFICER_GROUP));
	}

}

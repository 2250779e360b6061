package org.zhifa.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

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

	/** Whether the authenticated caller belongs to any of the groups. */
	public boolean callerInAny(java.util.Collection<String> groupIds) {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication != null && authentication.getGroupIds() != null
				&& authentication.getGroupIds().stream().anyMatch(groupIds::contains);
	}

}

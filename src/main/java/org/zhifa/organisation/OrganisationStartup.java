package org.zhifa.organisation;

import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At start-up: reads the organisation, refuses demo credentials where they are forbidden, then synchronises groups,
 * users and authorizations.
 */
@Component
class OrganisationStartup implements InitializingBean {

	private final OrganisationProperties properties;

	private final OrganisationDirectory directory;

	private final OrganisationSync sync;

	private final AuthorizationSetup authorizations;

	private final DemoCredentialsGuard guard;

	private final String demoPassword;

	OrganisationStartup(OrganisationProperties properties, OrganisationDirectory directory, OrganisationSync sync,
			AuthorizationSetup authorizations, DemoCredentialsGuard guard,
			@Value("${zhifa.organisation.demo-password:}") String demoPassword) {
		this.properties = properties;
		this.directory = directory;
		this.sync = sync;
		this.authorizations = authorizations;
		this.guard = guard;
		this.demoPassword = demoPassword;
	}

	@Override
	public void afterPropertiesSet() {
		Organisation organisation = directory.organisation();
		List<StaffMember> demoUsers = OrganisationFile.readStaff(properties.demoUsersFile(), organisation);

		if (!properties.demoUsers()) {
			guard.refuseDemoCredentials(demoUsers);
		}

		sync.synchronise(organisation, properties.demoUsers() ? demoUsers : List.of(), demoPassword);
		authorizations.grant(organisation);
	}

}

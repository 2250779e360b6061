package org.zhifa.organisation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stops a production start while a demo user or a well-known default password exists in the identity store.
 *
 * <p>Passwords are compared against their salted hashes directly, not through {@code checkPassword}, so that the check
 * never counts as a failed login and never locks anybody out.
 */
@Component
public class DemoCredentialsGuard {

	private final IdentityService identityService;

	private final ProcessEngineConfigurationImpl engineConfiguration;

	private final List<String> forbiddenPasswords;

	public DemoCredentialsGuard(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration,
			@Value("${zhifa.security.forbidden-passwords:demo,admin,password,123456}") List<String> forbiddenPasswords) {
		this.identityService = identityService;
		this.engineConfiguration = engineConfiguration;
		this.forbiddenPasswords = List.copyOf(forbiddenPasswords);
	}

	/**
	 * @throws IllegalStateException naming the offending users, if any demo user or default password exists
	 */
	public void refuseDemoCredentials(List<StaffMember> demoUsers) {
		List<String> offenders = identityService.createUserQuery().list().stream()
			.filter(user -> isDemoUser(user, demoUsers) || hasForbiddenPassword(user))
			.map(User::getId)
			.toList();
		refuseIfAny(offenders);
	}

	/**
	 * The given users that hold a default password.
	 */
	List<String> refuseDemoCredentialsOf(List<String> userIds) {
		return identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
			.filter(this::hasForbiddenPassword)
			.map(User::getId)
			.toList();
	}

	private static void refuseIfAny(List<String> offenders) {
		if (!offenders.isEmpty()) {
			throw new IllegalStateException("Refusing to start: demo users or default passwords exist for " + offenders
					+ ". Remove these users or change their passwords in Camunda Admin.");
		}
	}

	private static boolean isDemoUser(User user, List<StaffMember> demoUsers) {
		return demoUsers.stream().anyMatch(member -> member.id().equals(user.getId()));
	}

	private boolean hasForbiddenPassword(User user) {
		if (!(user instanceof UserEntity entity) || entity.getPassword() == null) {
			return false;
		}
		return forbiddenPasswords.stream()
			.anyMatch(password -> engineConfiguration.getPasswordManager()
				.check(EncryptionUtil.saltPassword(password, entity.getSalt()), entity.getPassword()));
	}

}

package org.zhifa.organisation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ZhifaIntegrationTest
class DemoCredentialsGuardIT {

	@Autowired
	DemoCredentialsGuard guard;

	@Autowired
	IdentityService identityService;

	@Test
	void shouldRefuseWhenDemoUsersExist() {
		List<StaffMember> demoUsers = List.of(new StaffMember("xixi-officer-1", "王", "伟", "squad-xixi",
				List.of("officer"), true, false, false));

		assertThatThrownBy(() -> guard.refuseDemoCredentials(demoUsers)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("xixi-officer-1");
	}

	@Test
	void shouldRefuseDefaultPasswordOfAnyUser() {
		assertThatThrownBy(() -> guard.refuseDemoCredentials(List.of())).hasMessageContaining("auditor");
	}

	@Test
	void shouldNotCountTheCheckAsFailedLogin() {
		assertThatThrownBy(() -> guard.refuseDemoCredentials(List.of()));

		assertThat(identityService.checkPassword("xihu-officer-1", "demo")).isTrue();
	}

	@Test
	void shouldAcceptUserWithOwnPassword() {
		User user = identityService.newUser("guard-check");
		user.setPassword("Strong-Pass-2026!");
		identityService.saveUser(user);

		try {
			assertThat(guard.refuseDemoCredentialsOf(List.of("guard-check"))).isEmpty();
		}
		finally {
			identityService.deleteUser("guard-check");
		}
	}

}

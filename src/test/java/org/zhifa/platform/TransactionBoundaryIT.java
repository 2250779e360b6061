package org.zhifa.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine's state and our tables share one DataSource and one transaction manager: they commit or roll back
 * together.
 */
@ZhifaIntegrationTest
class TransactionBoundaryIT {

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void shouldRollBackEngineStateAndOurRowsTogether() {
		String key = "TX-ROLLBACK-" + System.nanoTime();

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			writeBoth(key);
			throw new IllegalStateException("a delegate failed");
		})).hasMessage("a delegate failed");

		assertThat(instancesWith(key)).isZero();
		assertThat(rowsWith(key)).isZero();
	}

	@Test
	void shouldCommitEngineStateAndOurRowsTogether() {
		String key = "TX-COMMIT-" + System.nanoTime();

		transaction.executeWithoutResult(status -> writeBoth(key));

		assertThat(instancesWith(key)).isEqualTo(1);
		assertThat(rowsWith(key)).isEqualTo(1);
	}

	private void writeBoth(String key) {
		jdbc.sql("INSERT INTO staff_member (user_id, unit_code, certified, legal_qualification, updated_at) "
				+ "VALUES (?, 'squad-xixi', FALSE, FALSE, ?)")
			.params(key, Timestamp.from(Instant.now()))
			.update();
		runtimeService.startProcessInstanceByKey("PlatformCheckProcess", key, Map.of("squad", "squad-xixi"));
	}

	private long instancesWith(String key) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count();
	}

	private long rowsWith(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM staff_member WHERE user_id = ?").param(key).query(Long.class).single();
	}

}

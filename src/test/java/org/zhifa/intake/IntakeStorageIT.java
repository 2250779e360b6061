package org.zhifa.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhifa.test.ZhifaIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Clue numbers, evidence hashing and the outbox's retries, against the real database.
 */
@ZhifaIntegrationTest
class IntakeStorageIT {

	@Autowired
	ClueNumbers numbers;

	@Autowired
	EvidenceStore evidenceStore;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldNumberCluesWithoutGapsWhenARegistrationRollsBack() {
		String first = transaction.execute(status -> numbers.next(2031));
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			numbers.next(2031);
			throw new IllegalStateException("registration failed");
		}));

		String second = transaction.execute(status -> numbers.next(2031));

		assertThat(first).isEqualTo("XS2031-000001");
		assertThat(second).isEqualTo("XS2031-000002");
	}

	@Test
	void shouldStartEachYearAtOne() {
		String year = transaction.execute(status -> numbers.next(2032));

		assertThat(year).isEqualTo("XS2032-000001");
	}

	@Test
	void shouldStoreEvidenceUnderItsSha256() throws IOException {
		byte[] photo = "abc".getBytes(StandardCharsets.US_ASCII);

		EvidenceStore.StoredFile stored = evidenceStore.store(new ByteArrayInputStream(photo));

		// The SHA-256 test vector of "abc" (FIPS 180-2).
		assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(stored.sizeBytes()).isEqualTo(photo.length);
		try (InputStream content = evidenceStore.open(stored.sha256())) {
			assertThat(content.readAllBytes()).isEqualTo(photo);
		}
	}

	@Test
	void shouldRetryFailedDeliveryUntilItSucceeds() {
		String clueNo = "XS-OUTBOX-" + System.nanoTime();
		transaction.executeWithoutResult(status -> outbox.enqueue(clueNo, "OUTCOME", "XIHU_STREET_OFFICE", "结果", "正文"));
		AtomicInteger calls = new AtomicInteger();
		FeedbackChannel flaky = message -> {
			if (!message.clueNo().equals(clueNo)) {
				return "ignored";
			}
			if (calls.incrementAndGet() < 3) {
				throw new IllegalStateException("platform unavailable");
			}
			return "receipt-" + message.id();
		};
		Instant start = Instant.parse("2099-01-01T00:00:00Z");

		relayAt(flaky, start);
		relayAt(flaky, start.plus(Duration.ofSeconds(30)));
		relayAt(flaky, start.plus(Duration.ofMinutes(2)));
		relayAt(flaky, start.plus(Duration.ofMinutes(8)));

		assertThat(calls).hasValue(3);
		assertThat(jdbc.sql("SELECT attempts FROM outbox_message WHERE clue_no = ?").param(clueNo)
			.query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("SELECT receipt FROM outbox_message WHERE clue_no = ?").param(clueNo)
			.query(String.class).single()).startsWith("receipt-");
	}

	@Test
	void shouldRecordEachOwedMessageOnceWhenADelegateRunsTwice() {
		String clueNo = "XS-TWICE-" + System.nanoTime();

		transaction.executeWithoutResult(status -> outbox.enqueue(clueNo, "OUTCOME", "DEPT_HEALTH", "结果", "正文"));
		transaction.executeWithoutResult(status -> outbox.enqueue(clueNo, "OUTCOME", "DEPT_HEALTH", "结果", "正文"));

		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE clue_no = ?").param(clueNo)
			.query(Long.class).single()).isEqualTo(1);
	}

	private void relayAt(FeedbackChannel channel, Instant at) {
		new OutboxRelay(outbox, channel, transaction, Clock.fixed(at, ZoneOffset.UTC)).relay();
	}

}

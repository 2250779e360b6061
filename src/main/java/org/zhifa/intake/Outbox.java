package org.zhifa.intake;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake's outbox: a message is written in the transaction that decides it is owed, and the relay sends it later,
 * retrying until the channel gives a receipt. Nothing is ever dropped: after many failures the retries slow down to
 * hourly and a warning is logged on each.
 */
@Component
class Outbox {

	private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

	private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
			Duration.ofMinutes(15), Duration.ofMinutes(30));

	private static final Duration SLOWEST = Duration.ofHours(1);

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a message owed; idempotent per clue, kind and recipient, since a delegate may run twice. */
	void enqueue(String clueNo, String kind, String recipient, String subject, String body) {
		boolean owed = jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE clue_no = ? AND kind = ? AND recipient = ? "
				+ "AND subject = ?")
			.params(clueNo, kind, recipient, subject).query(Long.class).single() > 0;
		if (owed) {
			return;
		}
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO outbox_message (clue_no, kind, recipient, subject, body, created_at, attempts, "
				+ "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")
			.params(clueNo, kind, recipient, subject, body, now, now)
			.update();
		LOG.info("Message {} for clue {} owed to {}", kind, clueNo, recipient);
	}

	List<OutboxMessage> due(Instant now, int limit) {
		return jdbc.sql("SELECT id, clue_no, kind, recipient, subject, body, attempts FROM outbox_message "
				+ "WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at, id")
			.param(Timestamp.from(now))
			.query((rs, row) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getInt(7)))
			.list().stream().limit(limit).toList();
	}

	void sent(OutboxMessage message, String receipt, Instant at) {
		jdbc.sql("UPDATE outbox_message SET sent_at = ?, receipt = ?, attempts = attempts + 1, last_error = NULL "
				+ "WHERE id = ?")
			.params(Timestamp.from(at), receipt, message.id())
			.update();
	}

	void failed(OutboxMessage message, String error, Instant at) {
		int attempts = message.attempts() + 1;
		Duration wait = attempts <= BACKOFF.size() ? BACKOFF.get(attempts - 1) : SLOWEST;
		jdbc.sql("UPDATE outbox_message SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?")
			.params(attempts, Timestamp.from(at.plus(wait)), truncate(error), message.id())
			.update();
		LOG.warn("Message {} for clue {} not delivered (attempt {}), retry in {}", message.kind(), message.clueNo(),
				attempts, wait);
	}

	private static String truncate(String error) {
		String text = error == null ? "unknown error" : error;
		return text.length() <= 500 ? text : text.substring(0, 500);
	}

}

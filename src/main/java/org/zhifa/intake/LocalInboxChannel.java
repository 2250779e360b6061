package org.zhifa.intake;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The local delivery channel: puts each message into Zhifa's own inbox table, where the recipient unit's liaison
 * reads it ({@code GET /api/v1/inbox}). It stands in for the provincial messaging and SMS platforms, which do not
 * exist in this installation; a complainant's reply lands in the inbox of the clue's squad, who phone the complainant.
 */
@Component
class LocalInboxChannel implements FeedbackChannel {

	private final JdbcClient jdbc;

	LocalInboxChannel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String deliver(OutboxMessage message) {
		jdbc.sql("INSERT INTO local_inbox (recipient, subject, body, delivered_at, outbox_id) VALUES (?, ?, ?, ?, ?)")
			.params(message.recipient(), message.subject(), message.body(), Timestamp.from(Instant.now()),
					message.id())
			.update();
		return "local-inbox:" + message.id();
	}

}

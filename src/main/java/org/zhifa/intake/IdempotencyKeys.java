package org.zhifa.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhifa.web.ConflictException;

/**
 * Remembers the answer given to each {@code Idempotency-Key} of a caller, so that a retried registration answers the
 * first result and never registers a second clue. The key row is written in the registering transaction: a concurrent
 * retry waits on it and then finds the answer.
 */
@Component
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The answer given earlier to this key, if any.
	 * @throws ConflictException when the key was used for a different request
	 */
	Optional<RegisteredClue> earlier(String userId, String key, String requestHash) {
		if (key == null) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT request_hash, clue_no, linked FROM clue_idempotency_key WHERE user_id = ? AND idem_key = ?")
			.params(userId, key)
			.query((rs, row) -> {
				if (!rs.getString(1).equals(requestHash)) {
					throw new ConflictException("Idempotency-Key 已用于另一个请求");
				}
				return new RegisteredClue(rs.getString(2), rs.getBoolean(3));
			})
			.optional();
	}

	void remember(String userId, String key, String requestHash, RegisteredClue result) {
		if (key == null) {
			return;
		}
		jdbc.sql("INSERT INTO clue_idempotency_key (user_id, idem_key, request_hash, clue_no, linked, created_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(userId, key, requestHash, result.clueNo(), result.linked(), Timestamp.from(Instant.now()))
			.update();
	}

	static String hash(ClueRegistration registration, List<EvidenceUpload> uploads) {
		StringBuilder text = new StringBuilder(registration.toString());
		uploads.forEach(upload -> text.append('|').append(upload.fileName()).append(';').append(upload.contentType()));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}

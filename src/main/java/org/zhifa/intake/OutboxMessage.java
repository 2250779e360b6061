package org.zhifa.intake;

/**
 * A message owed to someone about a clue, as the outbox holds it.
 *
 * @param kind OUTCOME (to the source), TRANSFER_LETTER, TRANSFER_REMINDER
 * @param recipient a unit code, or {@code complainant:<clue number>}
 */
public record OutboxMessage(long id, String clueNo, String kind, String recipient, String subject, String body,
		int attempts) {
}

package org.zhifa.intake;

/**
 * Delivers a message owed by the intake to its recipient: a unit (department, territorial unit, handling body,
 * district) or a complainant. Implementations stand for the delivery platforms; a failure throws and the outbox
 * retries later.
 */
public interface FeedbackChannel {

	/**
	 * @return the channel's receipt for the delivered message
	 * @throws RuntimeException when the message could not be delivered this time
	 */
	String deliver(OutboxMessage message);

}

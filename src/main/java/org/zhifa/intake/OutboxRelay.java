package org.zhifa.intake;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one message per transaction, so that one failing recipient never holds back the
 * others. Runs on a schedule; public so that other capabilities' tests can deliver at the moment they choose.
 */
@Component
public class OutboxRelay {

	private static final int BATCH = 50;

	private final Outbox outbox;

	private final FeedbackChannel channel;

	private final TransactionTemplate transaction;

	private final Clock clock;

	@Autowired
	OutboxRelay(Outbox outbox, FeedbackChannel channel, TransactionTemplate transaction) {
		this(outbox, channel, transaction, Clock.systemUTC());
	}

	OutboxRelay(Outbox outbox, FeedbackChannel channel, TransactionTemplate transaction, Clock clock) {
		this.outbox = outbox;
		this.channel = channel;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Sends every message due now; answers how many were delivered. */
	@Scheduled(fixedDelayString = "${zhifa.intake.outbox-interval:PT30S}",
			initialDelayString = "${zhifa.intake.outbox-interval:PT30S}")
	public int relay() {
		Instant now = clock.instant();
		int delivered = 0;
		for (OutboxMessage message : outbox.due(now, BATCH)) {
			delivered += send(message, now) ? 1 : 0;
		}
		return delivered;
	}

	private boolean send(OutboxMessage message, Instant now) {
		try {
			transaction.executeWithoutResult(status -> outbox.sent(message, channel.deliver(message), now));
			return true;
		}
		catch (RuntimeException ex) {
			// The delivery's transaction is rolled back; the failure is recorded in a transaction of its own.
			transaction.executeWithoutResult(status -> outbox.failed(message, ex.getMessage(), now));
			return false;
		}
	}

}

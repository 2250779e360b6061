package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.REMINDER_COUNT;

/**
 * {@code Task_RemindTransfer} (催办移送): reminds the receiving body that the transfer still waits for its feedback.
 * Reads {@code clueNo} and {@code reminderCount}; writes {@code reminderCount} increased by one.
 *
 * <p>Runs in the job of the lapsed feedback timer, so the next wait state (with its message subscription) is reached
 * in the same transaction. Idempotent: a retried job sends the same reminder number again, which the service keeps
 * once.
 */
@Component("remindTransferDelegate")
class RemindTransferDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RemindTransferDelegate.class);

	private final ClueService clues;

	RemindTransferDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);
		Number sent = (Number) execution.getVariable(REMINDER_COUNT);
		int reminderNo = sent == null ? 1 : sent.intValue() + 1;

		clues.remindTransfer(clueNo, reminderNo);

		execution.setVariable(REMINDER_COUNT, reminderNo);
		LOG.info("Clue {} transfer reminder {} sent", clueNo, reminderNo);
	}

}

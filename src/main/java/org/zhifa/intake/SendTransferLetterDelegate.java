package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.REMINDER_COUNT;
import static org.zhifa.intake.ClueIntakeProcess.TRANSFER_LETTER_NO;

/**
 * {@code Task_SendTransferLetter} (发送移送函): records the transfer letter to the handling body or district and sends
 * it through the outbox (浙江省综合行政执法条例 Art 18). Reads {@code clueNo}; writes {@code transferLetterNo} and
 * {@code reminderCount} (0).
 *
 * <p>Runs behind an async boundary. Idempotent: the service keeps one letter per clue and returns its number again.
 */
@Component("sendTransferLetterDelegate")
class SendTransferLetterDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SendTransferLetterDelegate.class);

	private final ClueService clues;

	SendTransferLetterDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);

		String letterNo = clues.sendTransferLetter(clueNo);

		execution.setVariable(TRANSFER_LETTER_NO, letterNo);
		execution.setVariable(REMINDER_COUNT, 0);
		LOG.info("Clue {} transferred with letter {}", clueNo, letterNo);
	}

}

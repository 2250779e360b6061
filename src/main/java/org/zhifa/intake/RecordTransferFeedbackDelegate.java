package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.TRANSFER_FEEDBACK;

/**
 * {@code Task_RecordTransferFeedback} (记录移送反馈): records the receiving body's feedback on the transfer. Reads
 * {@code clueNo} and {@code transferFeedback} (set by the message {@code Msg_TransferFeedback}); writes nothing.
 *
 * <p>Runs in the transaction that correlates the message, so a failure refuses the correlation and the caller may
 * send the feedback again. Idempotent: the same feedback recorded twice leaves the clue as it was.
 */
@Component("recordTransferFeedbackDelegate")
class RecordTransferFeedbackDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordTransferFeedbackDelegate.class);

	private final ClueService clues;

	RecordTransferFeedbackDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);

		clues.recordTransferFeedback(clueNo, (String) execution.getVariable(TRANSFER_FEEDBACK));

		LOG.info("Clue {} transfer feedback recorded", clueNo);
	}

}

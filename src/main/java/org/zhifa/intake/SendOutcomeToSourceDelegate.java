package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;

/**
 * {@code Task_SendOutcomeToSource} (反馈来源): tells the source of the clue (department, territorial unit,
 * complainant) the outcome through the outbox. Reads {@code clueNo}; writes nothing.
 *
 * <p>Runs behind an async boundary. Idempotent: the service queues one outcome message per clue and outcome.
 */
@Component("sendOutcomeToSourceDelegate")
class SendOutcomeToSourceDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SendOutcomeToSourceDelegate.class);

	private final ClueService clues;

	SendOutcomeToSourceDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);

		clues.sendOutcomeToSource(clueNo);

		LOG.info("Clue {} outcome sent to its source", clueNo);
	}

}

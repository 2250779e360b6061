package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.HANDLING_BODY;
import static org.zhifa.intake.ClueIntakeProcess.SQUAD;

/**
 * {@code Task_RecordManualDispatch} (记录人工派遣): records the command centre's dispatch of a clue that no rule
 * matched. Reads {@code clueNo}, {@code handlingBody} and {@code squad} (set by {@code Task_DispatchManually}); writes
 * nothing.
 *
 * <p>Runs in the transaction that completes {@code Task_DispatchManually}, so that an unknown body or squad refuses
 * the completion. Idempotent: the same dispatch recorded twice leaves the clue as it was.
 */
@Component("recordManualDispatchDelegate")
class RecordManualDispatchDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordManualDispatchDelegate.class);

	private final ClueService clues;

	RecordManualDispatchDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);
		String handlingBody = (String) execution.getVariable(HANDLING_BODY);

		clues.dispatchManually(clueNo, handlingBody, (String) execution.getVariable(SQUAD));

		LOG.info("Clue {} dispatched manually to {}", clueNo, handlingBody);
	}

}

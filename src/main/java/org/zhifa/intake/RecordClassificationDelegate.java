package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.ITEM_CODE;
import static org.zhifa.intake.ClueIntakeProcess.LINE_AREA;

/**
 * {@code Task_RecordClassification} (记录线索分类): records the sub-centre's classification with the clue. Reads
 * {@code clueNo}, {@code lineArea} and {@code itemCode}; writes nothing.
 *
 * <p>Runs in the transaction that completes {@code Task_ClassifyClue}, so that an unknown line area or item refuses
 * the completion. Idempotent: the same classification recorded twice leaves the clue as it was.
 */
@Component("recordClassificationDelegate")
class RecordClassificationDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordClassificationDelegate.class);

	private final ClueService clues;

	RecordClassificationDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);

		clues.classify(clueNo, (String) execution.getVariable(LINE_AREA), (String) execution.getVariable(ITEM_CODE));

		LOG.info("Clue {} classified", clueNo);
	}

}

package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhifa.intake.ClueIntakeProcess.NotFiledReason;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.EDUCATION_RECORD;
import static org.zhifa.intake.ClueIntakeProcess.NOT_FILED_REASON;

/**
 * {@code Task_RecordNotFiled} (记录不予立案): records that no case is filed, with the reason and, for a minor or first
 * violation (行政处罚法 Art 33), the education given. Reads {@code clueNo}, {@code notFiledReason} and
 * {@code educationRecord}; writes nothing.
 *
 * <p>Runs in the transaction that completes {@code Task_VerifyClue}. Idempotent: recording the same outcome twice
 * leaves the clue as it was.
 */
@Component("recordNotFiledDelegate")
class RecordNotFiledDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordNotFiledDelegate.class);

	private final ClueService clues;

	RecordNotFiledDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);
		NotFiledReason reason = NotFiledReason.valueOf((String) execution.getVariable(NOT_FILED_REASON));

		clues.recordNotFiled(clueNo, reason, (String) execution.getVariable(EDUCATION_RECORD));

		LOG.info("Clue {} not filed ({})", clueNo, reason);
	}

}

package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.PROCEDURE;

/**
 * {@code Task_FileCase} (立案): files a case for the verified clue; the service publishes the
 * {@link ClueFiledEvent} from which the case file starts the penalty case or the simple procedure. Reads
 * {@code clueNo} and {@code procedure}; writes nothing.
 *
 * <p>Runs behind an async boundary, after the verification has committed. Idempotent: the service files a clue only
 * once, so a retried job does not open a second case.
 */
@Component("fileCaseDelegate")
class FileCaseDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(FileCaseDelegate.class);

	private final ClueService clues;

	FileCaseDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);
		String procedure = (String) execution.getVariable(PROCEDURE);

		clues.fileCase(clueNo, procedure);

		LOG.info("Clue {} filed as a case ({})", clueNo, procedure);
	}

}

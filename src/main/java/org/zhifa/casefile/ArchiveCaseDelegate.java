package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static org.zhifa.casefile.PenaltyCaseProcess.*;

/**
 * {@code Task_ArchiveCase} (归档): closes and archives the case after the closure approval. Idempotent.
 */
@Component("archiveCaseDelegate")
class ArchiveCaseDelegate implements JavaDelegate {

	private final CaseService cases;

	ArchiveCaseDelegate(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		cases.archive((String) execution.getVariable(CASE_NO));
	}

}

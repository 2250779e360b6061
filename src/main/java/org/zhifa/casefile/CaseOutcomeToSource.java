package org.zhifa.casefile;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhifa.intake.ClueService;

/**
 * When a case is closed, the source of its clue hears the outcome: the clue intake owns the source's address and the
 * outbox, so the message is handed to it in the closing transaction.
 */
@Component
class CaseOutcomeToSource {

	private final ClueService clueService;

	CaseOutcomeToSource(ClueService clueService) {
		this.clueService = clueService;
	}

	@EventListener
	void on(CaseClosedEvent event) {
		clueService.sendCaseOutcomeToSource(event.clueNo(), event.caseNo(), event.outcome(), event.decisionNo());
	}

}

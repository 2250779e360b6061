package org.zhifa.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zhifa.routing.RoutingResult;

import static org.zhifa.intake.ClueIntakeProcess.CATALOGUE_VERSION;
import static org.zhifa.intake.ClueIntakeProcess.CLUE_NO;
import static org.zhifa.intake.ClueIntakeProcess.HANDLING_BODY;
import static org.zhifa.intake.ClueIntakeProcess.SQUAD;

/**
 * {@code Task_RouteClue} (分派线索): routes the clue with the decision tables under the catalogue version in force.
 * Reads {@code clueNo}; writes {@code handlingBody}, {@code squad} and {@code catalogueVersion}.
 *
 * <p>Idempotent: runs behind an async boundary, and routing the same clue again records the same result.
 */
@Component("routeClueDelegate")
class RouteClueDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RouteClueDelegate.class);

	private final ClueService clues;

	RouteClueDelegate(ClueService clues) {
		this.clues = clues;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String clueNo = (String) execution.getVariable(CLUE_NO);

		RoutingResult result = clues.route(clueNo);

		execution.setVariable(HANDLING_BODY, result.handlingBody());
		execution.setVariable(SQUAD, result.squad());
		execution.setVariable(CATALOGUE_VERSION, result.catalogueVersion());
		LOG.info("Clue {} routed to {}", clueNo, result.handlingBody());
	}

}

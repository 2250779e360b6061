package org.zhifa.intake;

import java.util.List;

import org.zhifa.routing.RoutingResult;

/**
 * The answer to {@code POST /api/v1/clues}: the clue number, the routing result and the process instance. A report
 * linked to an open clue answers that clue's number with {@code linked} set, and nothing else of a clue that may
 * belong to another squad. {@code routingRecorded} is false while the process has yet to record the routing shown.
 */
public record RegistrationAnswer(String clueNo, boolean linked, ClueState state, String handlingBody, String squad,
		List<String> rules, Integer catalogueVersion, boolean routingRecorded, String processInstanceId) {

	static RegistrationAnswer linkedTo(String clueNo) {
		return new RegistrationAnswer(clueNo, true, null, null, null, List.of(), null, false, null);
	}

	static RegistrationAnswer of(Clue clue) {
		return new RegistrationAnswer(clue.clueNo(), false, clue.state(), clue.handlingBody(), clue.squad(),
				clue.routingRules(), clue.catalogueVersion(), clue.handlingBody() != null, clue.processInstanceId());
	}

	static RegistrationAnswer of(Clue clue, RoutingResult routing) {
		return new RegistrationAnswer(clue.clueNo(), false, clue.state(), routing.handlingBody(), routing.squad(),
				routing.rules(), routing.catalogueVersion(), false, clue.processInstanceId());
	}

}

package org.zhifa.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.zhifa.process.TaskInput;
import org.zhifa.process.Values;

import static org.zhifa.casefile.SimpleProcedureProcess.*;

/**
 * Completion check of {@code Task_DecideOnTheSpot} (当场作出处罚决定): the party with a valid identity number, two
 * distinct certified officers (行政处罚法 Art 42), the facts and the basis, and a penalty within the simple procedure's
 * limits (Art 51) with collection on the spot only where Art 68 allows it ({@link SimpleProcedureRules}). Anything
 * beyond is refused naming the field, so the case goes to the ordinary procedure.
 */
@Component("decideOnTheSpotCompletionCheck")
class DecideOnTheSpotCompletionCheck implements TaskListener {

	private final HandlerRules handlerRules;

	DecideOnTheSpotCompletionCheck(HandlerRules handlerRules) {
		this.handlerRules = handlerRules;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput input = new TaskInput(task);
		input.addAll(PartyRules.check(PARTY_TYPE, input.value(PARTY_TYPE), PARTY_NAME,
				Values.text(input.value(PARTY_NAME)), PARTY_ID_NUMBER, Values.text(input.value(PARTY_ID_NUMBER))));
		input.addAll(handlerRules.check(HANDLER_1, Values.text(input.value(HANDLER_1)), HANDLER_2,
				Values.text(input.value(HANDLER_2))));
		input.addAll(SimpleProcedureRules.check(SimpleProcedureRules.decisionOf(task)));
		input.verify();
	}

}

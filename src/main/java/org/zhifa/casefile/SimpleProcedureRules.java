package org.zhifa.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.zhifa.casefile.PenaltyCaseProcess.PenaltyKind;
import org.zhifa.process.Values;
import org.zhifa.web.InvalidRequestException.FieldError;

import static org.zhifa.casefile.SimpleProcedureProcess.*;

/**
 * The limits of the simple procedure (行政处罚法 Art 51): facts certain with a legal basis, and only a warning or a fine
 * up to 200 yuan for a citizen or 3,000 yuan for a legal person or another organisation; and of collection on the
 * spot (Art 68): a fine up to 100 yuan, or a stated reason why collecting it later would be hard. Anything beyond
 * belongs to the ordinary procedure. The party and the handlers are checked by {@link PartyRules} and
 * {@link HandlerRules}.
 */
final class SimpleProcedureRules {

	static final Set<String> KINDS = Set.of(PenaltyKind.WARNING.name(), PenaltyKind.FINE.name());

	private static final String ORDINARY = "，应当适用普通程序（行政处罚法第五十一条）";

	private SimpleProcedureRules() {
	}

	/** The on-the-spot decision as the form of {@code Task_DecideOnTheSpot} submits it. */
	static OnTheSpotDecision decisionOf(VariableScope variables) {
		return new OnTheSpotDecision(Values.flag(variables.getVariable(FACTS_CERTAIN)),
				new CaseParty(PartyRules.parse(variables.getVariable(PARTY_TYPE)),
						Values.text(variables.getVariable(PARTY_NAME)), Values.text(variables.getVariable(PARTY_ID_NUMBER)),
						Values.text(variables.getVariable(PARTY_ADDRESS))),
				Arrays.asList(Values.text(variables.getVariable(HANDLER_1)),
						Values.text(variables.getVariable(HANDLER_2))),
				Values.text(variables.getVariable(FACTS)), Values.text(variables.getVariable(LEGAL_BASIS)),
				Values.strings(variables.getVariable(DECIDED_PENALTY_KINDS)),
				Values.money(variables.getVariable(DECIDED_FINE)), Values.flag(variables.getVariable(COLLECT_ON_THE_SPOT)),
				Values.text(variables.getVariable(COLLECTION_REASON)));
	}

	/** The problems with an on-the-spot decision, each naming its form field; empty when it may be made. */
	static List<FieldError> check(OnTheSpotDecision decision) {
		List<FieldError> errors = new ArrayList<>();
		if (!decision.factsCertain()) {
			errors.add(new FieldError(FACTS_CERTAIN, "违法事实确凿并有法定依据的，方可当场作出处罚决定" + ORDINARY));
		}
		if (decision.facts() == null) {
			errors.add(new FieldError(FACTS, "请填写违法事实"));
		}
		if (decision.legalBasis() == null) {
			errors.add(new FieldError(LEGAL_BASIS, "请填写处罚依据"));
		}
		List<String> kinds = decision.penaltyKinds();
		if (kinds.isEmpty()) {
			errors.add(new FieldError(DECIDED_PENALTY_KINDS, "请选择处罚种类：警告或罚款"));
		}
		else if (!KINDS.containsAll(kinds)) {
			errors.add(new FieldError(DECIDED_PENALTY_KINDS, "当场只能给予警告或罚款" + ORDINARY));
		}
		BigDecimal fine = decision.fine();
		if (kinds.contains(PenaltyKind.FINE.name())) {
			checkFine(decision, fine, errors);
		}
		else if (fine != null && fine.signum() != 0) {
			errors.add(new FieldError(DECIDED_FINE, "未选择罚款时不得填写罚款数额"));
		}
		return errors;
	}

	private static void checkFine(OnTheSpotDecision decision, BigDecimal fine, List<FieldError> errors) {
		if (fine == null || fine.signum() <= 0) {
			errors.add(new FieldError(DECIDED_FINE, "请填写罚款数额"));
			return;
		}
		PartyType type = decision.party() == null ? null : decision.party().partyType();
		BigDecimal limit = type == PartyType.CITIZEN ? CITIZEN_FINE_LIMIT : ORGANISATION_FINE_LIMIT;
		if (type != null && fine.compareTo(limit) > 0) {
			errors.add(new FieldError(DECIDED_FINE, (type == PartyType.CITIZEN ? "对公民" : "对法人或者其他组织")
					+ "当场罚款不得超过 " + limit.toPlainString() + " 元" + ORDINARY));
		}
		if (decision.collectOnTheSpot() && fine.compareTo(ON_THE_SPOT_COLLECTION_LIMIT) > 0
				&& decision.collectionReason() == null) {
			errors.add(new FieldError(COLLECTION_REASON,
					"罚款超过 100 元的，须说明不当场收缴事后难以执行的理由（行政处罚法第六十八条、第六十九条）"));
		}
	}

}

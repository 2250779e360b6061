package org.zhifa.routing;

import static org.zhifa.routing.RoutingDecisions.AREA_CODE;
import static org.zhifa.routing.RoutingDecisions.COMPREHENSIVE;
import static org.zhifa.routing.RoutingDecisions.HANDLING_BODY;
import static org.zhifa.routing.RoutingDecisions.HANDLING_BODY_DECISION;
import static org.zhifa.routing.RoutingDecisions.ITEM_CODE;
import static org.zhifa.routing.RoutingDecisions.ITEM_SCOPE;
import static org.zhifa.routing.RoutingDecisions.LINE_AREA;
import static org.zhifa.routing.RoutingDecisions.MANUAL_DISPATCH;
import static org.zhifa.routing.RoutingDecisions.SQUAD;
import static org.zhifa.routing.RoutingDecisions.SQUAD_DECISION;
import static org.zhifa.routing.RoutingDecisions.TERRITORIAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.CatalogueItem;
import org.zhifa.catalogue.CatalogueVersion;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * Routes a clue to its handling body and squad with the deployed decision tables, under the catalogue version in
 * force. Used by the what-if call and by clue intake; writes nothing (no decision history, no records).
 */
@Service
public class RoutingService {

	private static final Logger LOG = LoggerFactory.getLogger(RoutingService.class);

	private final Catalogue catalogue;

	private final OrganisationDirectory directory;

	private final DecisionTableEvaluator evaluator;

	RoutingService(Catalogue catalogue, OrganisationDirectory directory, DecisionTableEvaluator evaluator) {
		this.catalogue = catalogue;
		this.directory = directory;
		this.evaluator = evaluator;
	}

	/**
	 * Routes a clue. Nothing is ever unmatched: a table without a matching row answers MANUAL_DISPATCH.
	 * @return handling body, squad (for COMPREHENSIVE), matched rule ids and the catalogue version used
	 * @throws InvalidRequestException naming every unknown or missing field (lineArea, itemCode, areaCode)
	 * @throws IllegalStateException when no catalogue version is in force or a decision is not deployed
	 */
	public RoutingResult route(RoutingRequest request) {
		CatalogueVersion version = versionInForce();
		VariableMap variables = decisionVariables(request, version);

		DecisionTableEvaluator.Evaluation body = evaluator.evaluate(HANDLING_BODY_DECISION, HANDLING_BODY, variables);
		String handlingBody = valueOrManualDispatch(body, HANDLING_BODY_DECISION);
		List<String> rules = new ArrayList<>(body.rules());
		String squad = null;
		if (COMPREHENSIVE.equals(handlingBody)) {
			DecisionTableEvaluator.Evaluation squadEvaluation = evaluator.evaluate(SQUAD_DECISION, SQUAD, variables);
			squad = valueOrManualDispatch(squadEvaluation, SQUAD_DECISION);
			rules.addAll(squadEvaluation.rules());
		}

		LOG.debug("Routed line area {} item {} area {} to {} / {} by {} (catalogue version {})",
				variables.get(LINE_AREA), variables.get(ITEM_CODE), variables.get(AREA_CODE), handlingBody, squad,
				rules, version.version());
		return new RoutingResult(handlingBody, squad, rules, version.version());
	}

	/**
	 * The decision-table inputs for a request, resolved against the catalogue version in force: what a business rule
	 * task calling {@code HandlingBodyDecision} and {@code SquadDecision} must be given.
	 * @throws InvalidRequestException naming every unknown or missing field
	 */
	public VariableMap decisionVariables(RoutingRequest request) {
		return decisionVariables(request, versionInForce());
	}

	private VariableMap decisionVariables(RoutingRequest request, CatalogueVersion version) {
		List<FieldError> errors = new ArrayList<>();
		Optional<CatalogueItem> item = item(blankToNull(request.itemCode()), version, errors);
		String lineArea = lineArea(blankToNull(request.lineArea()), item, errors);
		String areaCode = areaCode(blankToNull(request.areaCode()), errors);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}

		boolean territorial = request.territorial() != null ? request.territorial()
				: item.map(CatalogueItem::territorial).orElse(false);
		return Variables.createVariables()
			.putValue(LINE_AREA, lineArea)
			.putValue(ITEM_CODE, item.map(CatalogueItem::itemCode).orElse(null))
			.putValue(AREA_CODE, areaCode)
			.putValue(ITEM_SCOPE, item.map(CatalogueItem::scope).map(Enum::name).orElse(null))
			.putValue(TERRITORIAL, territorial);
	}

	private Optional<CatalogueItem> item(String itemCode, CatalogueVersion version, List<FieldError> errors) {
		if (itemCode == null) {
			return Optional.empty();
		}
		Optional<CatalogueItem> item = catalogue.item(version.version(), itemCode);
		if (item.isEmpty()) {
			errors.add(new FieldError("itemCode", "目录版本 " + version.version() + " 中没有有效的事项 " + itemCode));
		}
		return item;
	}

	private String lineArea(String lineArea, Optional<CatalogueItem> item, List<FieldError> errors) {
		if (lineArea == null) {
			if (item.isEmpty() && errors.isEmpty()) {
				errors.add(new FieldError("lineArea", "必填（或提供 itemCode）"));
			}
			return item.map(CatalogueItem::lineArea).orElse(null);
		}
		if (directory.lineArea(lineArea).isEmpty()) {
			errors.add(new FieldError("lineArea", "未知的条线：" + lineArea));
		}
		return lineArea;
	}

	private String areaCode(String areaCode, List<FieldError> errors) {
		if (areaCode != null && directory.area(areaCode).isEmpty()) {
			errors.add(new FieldError("areaCode", "未知的地点：" + areaCode));
		}
		return areaCode;
	}

	private CatalogueVersion versionInForce() {
		return catalogue.versionInForce().orElseThrow(() -> new IllegalStateException("No catalogue version in force"));
	}

	private static String valueOrManualDispatch(DecisionTableEvaluator.Evaluation evaluation, String decisionKey) {
		if (evaluation.value() == null) {
			LOG.warn("No rule of {} ({}) matched: manual dispatch", decisionKey, evaluation.decisionDefinitionId());
			return MANUAL_DISPATCH;
		}
		return evaluation.value();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}

package org.zhifa.routing;

/**
 * The keys, input variables, outputs and special values of the routing decision tables
 * ({@code dmn/handling-body-decision.dmn}, {@code dmn/squad-decision.dmn}): the names a business rule task or a test
 * uses to call them.
 */
public final class RoutingDecisions {

	/** Which of the 1+3+5, the command centre or a district handles the item. */
	public static final String HANDLING_BODY_DECISION = "HandlingBodyDecision";

	/** Which squad of the comprehensive team handles it. */
	public static final String SQUAD_DECISION = "SquadDecision";

	/** Input: the line area code (条线). */
	public static final String LINE_AREA = "lineArea";

	/** Input: the catalogue item code, may be {@code null}. */
	public static final String ITEM_CODE = "itemCode";

	/** Input: where the clue occurred, may be {@code null}. */
	public static final String AREA_CODE = "areaCode";

	/** Input: the FOREST_WATER sub-area of the item ({@code ItemScope}), {@code null} for other items. */
	public static final String ITEM_SCOPE = "itemScope";

	/** Input: whether the item is a devolved high-frequency territorial item. */
	public static final String TERRITORIAL = "territorial";

	/** Output of {@link #HANDLING_BODY_DECISION}. */
	public static final String HANDLING_BODY = "handlingBody";

	/** Output of {@link #SQUAD_DECISION}. */
	public static final String SQUAD = "squad";

	/** The handling body whose squads {@link #SQUAD_DECISION} chooses between. */
	public static final String COMPREHENSIVE = "COMPREHENSIVE";

	/** Nobody matched: the command centre (or, for squads, the sub-centre) dispatches by hand. */
	public static final String MANUAL_DISPATCH = "MANUAL_DISPATCH";

	/** Outside the jurisdiction or in the Xixi peripheral belt: transfer to the competent district. */
	public static final String DISTRICT = "DISTRICT";

	private RoutingDecisions() {
	}

}

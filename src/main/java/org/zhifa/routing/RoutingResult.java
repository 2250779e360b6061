package org.zhifa.routing;

import java.util.List;

/**
 * Who handles a clue, why, and under which catalogue version (recorded with the case, which keeps it).
 *
 * @param handlingBody COMPREHENSIVE, one of the 3+5, DISTRICT or MANUAL_DISPATCH
 * @param squad the squad code for COMPREHENSIVE (or MANUAL_DISPATCH for the sub-centre), otherwise {@code null}
 * @param rules the ids of the decision-table rules that matched, handling body first
 * @param catalogueVersion the catalogue version in force that the item was looked up in
 */
public record RoutingResult(String handlingBody, String squad, List<String> rules, int catalogueVersion) {

	public RoutingResult {
		rules = List.copyOf(rules);
	}

}

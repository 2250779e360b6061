package org.zhifa.casefile;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the officers decide on the spot under the simple procedure (当场处罚决定书, 行政处罚法 Art 52).
 *
 * @param factsCertain the officers confirm that the facts are certain and have a legal basis (Art 51)
 * @param party the party, with a checked identity number
 * @param handlers the two certified officers (Art 42)
 * @param facts the illegal act
 * @param legalBasis the provisions applied
 * @param penaltyKinds WARNING and/or FINE
 * @param fine the fine in yuan, zero for a warning only
 * @param collectOnTheSpot whether the fine is collected on the spot (Art 68)
 * @param collectionReason why a fine over 100 yuan is collected on the spot
 */
public record OnTheSpotDecision(boolean factsCertain, CaseParty party, List<String> handlers, String facts,
		String legalBasis, List<String> penaltyKinds, BigDecimal fine, boolean collectOnTheSpot,
		String collectionReason) {
}

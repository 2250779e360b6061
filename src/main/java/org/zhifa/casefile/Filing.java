package org.zhifa.casefile;

import java.util.List;

/**
 * The approved filing (立案审批表): the cause, the party and the two handlers.
 *
 * @param itemCode the catalogue item (案由)
 * @param lineArea the line area (条线) of the item
 * @param summary the brief facts (简要案情)
 * @param party the party
 * @param handlers the user ids of the two handlers
 */
public record Filing(String itemCode, String lineArea, String summary, CaseParty party, List<String> handlers) {
}

package org.zhifa.catalogue;

import java.time.LocalDate;

/**
 * One enforcement item (执法事项) of a catalogue version: what the item is, its legal basis, who supervises and who
 * enforces it (职责边界), and whether it is devolved to the area squads as a high-frequency territorial item.
 *
 * @param itemCode the official provincial code where known, otherwise the local code {@code <LINE_AREA>-<NNN>}
 * @param itemName the item name in the catalogue's "对……的行政处罚" style
 * @param lineArea the line area (条线) code of design.md section 2
 * @param scope for {@code FOREST_WATER} items the sub-area that decides the handling body, otherwise {@code null}
 * @param territorial whether the item is devolved to the squad of the place where it occurs
 * @param legalBasis statute and articles
 * @param penaltyRange the penalty as the statute sets it, in yuan
 * @param transferScope 划转范围: 全部, 部分 or 不划转
 * @param supervisionDuty the line department's duty
 * @param enforcementDuty the enforcing body's duty
 * @param effectiveFrom first day the item applies, {@code null} for the whole version
 * @param effectiveTo last day the item applies, {@code null} for open-ended
 * @param source where the item was taken from
 */
public record CatalogueItem(String itemCode, String itemName, String lineArea, ItemScope scope, boolean territorial,
		String legalBasis, String penaltyRange, String transferScope, String supervisionDuty, String enforcementDuty,
		LocalDate effectiveFrom, LocalDate effectiveTo, String source) {

	/** Whether the item applies on the given day. */
	public boolean effectiveOn(LocalDate day) {
		boolean started = effectiveFrom == null || !day.isBefore(effectiveFrom);
		boolean ended = effectiveTo != null && day.isAfter(effectiveTo);
		return started && !ended;
	}

}

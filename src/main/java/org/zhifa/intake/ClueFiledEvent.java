package org.zhifa.intake;

/**
 * A verified clue becomes a case. Published in the transaction that files it; the case file listens and starts the
 * penalty case (ordinary procedure) or the simple procedure.
 *
 * @param clueNo the clue number
 * @param procedure SIMPLE or ORDINARY
 * @param handlingSquad the squad that verified the clue
 * @param catalogueVersion the catalogue version that routed it (the case keeps it)
 * @param lineArea the clue's line area, as classified
 * @param itemCode the catalogue item, if known
 * @param areaCode where it occurred
 */
public record ClueFiledEvent(String clueNo, String procedure, String handlingSquad, int catalogueVersion,
		String lineArea, String itemCode, String areaCode) {
}

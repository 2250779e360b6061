package org.zhifa.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the catalogue: imported whole, never changed afterwards, in force from its effective date until a
 * later version's effective date is reached.
 *
 * @param version the version number, 1 for the shipped seed
 * @param label what the version is, e.g. the adjustment notice it implements
 * @param effectiveFrom the first day the version is in force
 * @param importedAt when it was imported
 * @param importedBy the user id of the process admin who imported it
 * @param itemCount how many items it holds
 * @param sourceName the imported file's name
 */
public record CatalogueVersion(int version, String label, LocalDate effectiveFrom, Instant importedAt,
		String importedBy, int itemCount, String sourceName) {
}

package org.zhifa.casefile;

import java.util.Optional;

/**
 * A part of the case file that another capability keeps in its own tables (reviews, hearing record, coercive
 * measures, enforcement), shown by {@code GET /api/v1/cases/{caseNo}} under {@code sections.<name>}. The case file
 * reads it through this interface so that it never reads another package's tables.
 */
public interface CaseFileSection {

	/** The key under {@code sections}, in camelCase, for example {@code hearing}. */
	String name();

	/**
	 * What this section records for the case, as a small JSON-friendly value (records, lists, maps).
	 * @return empty when the case has nothing in this section
	 */
	Optional<Object> read(String caseNo);

}

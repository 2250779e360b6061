package org.zhifa.intake;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/**
 * The clues.
 */
interface Clues extends ListCrudRepository<Clue, String> {

	/** Open clues at the same place in the window, newest first: candidates for linking a duplicate report. */
	@Query("SELECT * FROM clue WHERE area_code = :areaCode AND state NOT IN ('FILED', 'NOT_FILED', 'CLOSED') "
			+ "AND occurred_at BETWEEN :from AND :to ORDER BY registered_at DESC")
	List<Clue> findOpenAt(@Param("areaCode") String areaCode, @Param("from") OffsetDateTime from,
			@Param("to") OffsetDateTime to);

}

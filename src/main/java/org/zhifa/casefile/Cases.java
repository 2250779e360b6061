package org.zhifa.casefile;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The case records.
 */
interface Cases extends ListCrudRepository<CaseRecord, String> {

	Optional<CaseRecord> findByClueNo(String clueNo);

	Optional<CaseRecord> findByDecisionNo(String decisionNo);

}

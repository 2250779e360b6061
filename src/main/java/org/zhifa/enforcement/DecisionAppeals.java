package org.zhifa.enforcement;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The appeals against decisions. */
interface DecisionAppeals extends ListCrudRepository<DecisionAppeal, Long> {

	List<DecisionAppeal> findByCaseNoOrderById(String caseNo);

}

package org.zhifa.coercion;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The coercive measures. */
interface CoerciveMeasures extends ListCrudRepository<CoerciveMeasure, Long> {

	List<CoerciveMeasure> findByCaseNoOrderById(String caseNo);

}

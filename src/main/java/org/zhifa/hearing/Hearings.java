package org.zhifa.hearing;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The hearings. */
interface Hearings extends ListCrudRepository<Hearing, Long> {

	List<Hearing> findByCaseNoOrderById(String caseNo);

}

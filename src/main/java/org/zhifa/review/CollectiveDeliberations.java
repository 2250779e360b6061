package org.zhifa.review;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.zhifa.casefile.PenaltyCaseProcess.DeliberationConclusion;

/** The minutes of the collective deliberations. */
interface CollectiveDeliberations extends ListCrudRepository<CollectiveDeliberation, Long> {

	List<CollectiveDeliberation> findByCaseNoOrderById(String caseNo);

	boolean existsByTaskId(String taskId);

	boolean existsByCaseNoAndReviewRoundAndConclusion(String caseNo, int reviewRound, DeliberationConclusion conclusion);

}

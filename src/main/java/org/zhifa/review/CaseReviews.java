package org.zhifa.review;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;

/** The reviews given on cases. */
interface CaseReviews extends ListCrudRepository<CaseReview, Long> {

	List<CaseReview> findByCaseNoOrderById(String caseNo);

	boolean existsByTaskId(String taskId);

	boolean existsByCaseNoAndReviewRoundAndKindAndVerdict(String caseNo, int reviewRound, ReviewKind kind,
			ReviewVerdict verdict);

	long countByReviewerAndKind(String reviewer, ReviewKind kind);

}

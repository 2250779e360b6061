package org.zhifa.review;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhifa.casefile.CaseFileSection;

/**
 * The reviews before the decision in {@code GET /api/v1/cases/{caseNo}}, under {@code sections.reviews}: every
 * verdict with its round, reviewer and opinion, and the minutes of each collective deliberation.
 */
@Component
class ReviewSection implements CaseFileSection {

	private final ReviewRecords records;

	ReviewSection(ReviewRecords records) {
		this.records = records;
	}

	@Override
	public String name() {
		return "reviews";
	}

	@Override
	public Optional<Object> read(String caseNo) {
		List<CaseReview> reviews = records.reviewsOf(caseNo);
		List<CollectiveDeliberation> deliberations = records.deliberationsOf(caseNo);
		if (reviews.isEmpty() && deliberations.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Reviews(reviews, deliberations));
	}

	/** The section's content. */
	record Reviews(List<CaseReview> reviews, List<CollectiveDeliberation> deliberations) {
	}

}

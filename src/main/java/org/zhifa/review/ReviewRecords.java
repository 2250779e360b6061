package org.zhifa.review;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.casefile.PenaltyCaseProcess.DeliberationConclusion;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;

/**
 * The file of the reviews before the decision: records each verdict and deliberation in the caller's transaction (the
 * engine's, when a task completes), and answers whether a round has passed. Recording is idempotent per task.
 */
@Service
@Transactional
public class ReviewRecords {

	private static final Logger LOG = LoggerFactory.getLogger(ReviewRecords.class);

	private final CaseReviews reviews;

	private final CollectiveDeliberations deliberations;

	ReviewRecords(CaseReviews reviews, CollectiveDeliberations deliberations) {
		this.reviews = reviews;
		this.deliberations = deliberations;
	}

	/** Records a reviewer's verdict, once per task. */
	public void record(String caseNo, int round, ReviewKind kind, String reviewer, ReviewVerdict verdict, String opinion,
			boolean legalQualification, String taskId) {
		if (reviews.existsByTaskId(taskId)) {
			return;
		}
		reviews.save(new CaseReview(null, caseNo, round, kind, reviewer, verdict, opinion, legalQualification, taskId,
				now()));
		LOG.info("Case {}: {} review of round {}: {}", caseNo, kind, round, verdict);
	}

	/** Records the minutes of a collective deliberation, once per task. */
	public void recordDeliberation(String caseNo, int round, Instant heldAt, DeliberationConclusion conclusion,
			String summary, List<CollectiveDeliberation.Attendee> attendees, String recordedBy, String taskId) {
		if (deliberations.existsByTaskId(taskId)) {
			return;
		}
		deliberations.save(new CollectiveDeliberation(null, caseNo, round, heldAt, conclusion, summary, recordedBy,
				taskId, now(), attendees));
		LOG.info("Case {}: collective deliberation of round {}: {}", caseNo, round, conclusion);
	}

	/** Whether the legal review of this round passed (行政处罚法 Art 58: no decision otherwise). */
	@Transactional(readOnly = true)
	public boolean legalReviewPassed(String caseNo, int round) {
		return reviews.existsByCaseNoAndReviewRoundAndKindAndVerdict(caseNo, round, ReviewKind.LEGAL,
				ReviewVerdict.PASSED);
	}

	/** Whether the collective deliberation of this round approved the decision (Art 57(2)). */
	@Transactional(readOnly = true)
	public boolean deliberationApproved(String caseNo, int round) {
		return deliberations.existsByCaseNoAndReviewRoundAndConclusion(caseNo, round, DeliberationConclusion.APPROVE);
	}

	/** Whether the person has given a legal review before: a first review needs the legal qualification. */
	@Transactional(readOnly = true)
	public boolean hasReviewedLegality(String userId) {
		return reviews.countByReviewerAndKind(userId, ReviewKind.LEGAL) > 0;
	}

	@Transactional(readOnly = true)
	public List<CaseReview> reviewsOf(String caseNo) {
		return reviews.findByCaseNoOrderById(caseNo);
	}

	@Transactional(readOnly = true)
	public List<CollectiveDeliberation> deliberationsOf(String caseNo) {
		return deliberations.findByCaseNoOrderById(caseNo);
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

}

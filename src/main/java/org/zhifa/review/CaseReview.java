package org.zhifa.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.zhifa.casefile.PenaltyCaseProcess.ReviewVerdict;

/**
 * One reviewer's verdict on a case in one round of the reviews before the decision, as the reviewer gave it: never
 * changed afterwards.
 *
 * @param reviewRound the pass through the reviews, from 1; a case sent back is reviewed again in the next round
 * @param legalQualification whether the reviewer held the legal qualification (法律职业资格) when reviewing
 * @param taskId the user task that recorded it; a task records once
 */
@Table("case_review")
public record CaseReview(@Id Long id, String caseNo, int reviewRound, ReviewKind kind, String reviewer,
		ReviewVerdict verdict, String opinion, boolean legalQualification, String taskId, Instant reviewedAt) {
}

package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the decision rests on after the prior notice: when the notice was served, what the party said, the re-check
 * (复核) and the penalty decided.
 */
public record DecisionInput(Instant noticeServedAt, String statement, String recheckConclusion,
		List<String> penaltyKinds, BigDecimal fine) {
}

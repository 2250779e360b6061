package org.zhifa.casefile;

import java.time.Instant;

/**
 * A numbered penalty decision.
 *
 * @param decisionNo the decision number, e.g. 西湖综执罚〔2026〕第0001号
 * @param decidedAt when it was made
 * @param paymentCode the payment code issued for the fine, {@code null} without a fine
 */
public record IssuedDecision(String decisionNo, Instant decidedAt, String paymentCode) {
}

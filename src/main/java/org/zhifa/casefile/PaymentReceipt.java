package org.zhifa.casefile;

/**
 * The answer to a payment notification.
 *
 * @param caseNo the case the payment belongs to
 * @param decisionNo its decision number
 * @param duplicate whether this notification was received before
 * @param correlated whether the waiting case took it (false when it had stopped waiting, e.g. after the period)
 */
public record PaymentReceipt(String caseNo, String decisionNo, boolean duplicate, boolean correlated) {
}

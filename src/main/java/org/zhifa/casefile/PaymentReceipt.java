package org.zhifa.casefile;

import java.math.BigDecimal;

/**
 * The answer to a payment notification.
 *
 * @param caseNo the case the payment belongs to
 * @param decisionNo its decision number
 * @param duplicate whether this notification was received before
 * @param correlated whether the waiting case took it (false when it had stopped waiting, or when an instalment left
 *     part of the fine to pay)
 * @param outstanding what is still to pay of the fine after this payment
 */
public record PaymentReceipt(String caseNo, String decisionNo, boolean duplicate, boolean correlated,
		BigDecimal outstanding) {
}

package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The payment platform's notification that a fine was paid.
 *
 * @param decisionNo the decision number the payment is for
 * @param amount the fine paid, in yuan: the amount of the decision's payment order
 * @param surcharge the late-payment surcharge paid with it (加处罚款, 行政处罚法 Art 72), which the platform collects as
 *     a separate item; absent when none was due
 * @param transactionId the platform's transaction id; a repeated notification carries the same id
 * @param paidAt when it was paid; now when missing
 */
public record PaymentNotification(@NotBlank String decisionNo, @NotNull @Positive BigDecimal amount,
		@PositiveOrZero BigDecimal surcharge, @NotBlank String transactionId, OffsetDateTime paidAt) {
}

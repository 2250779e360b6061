package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The payment platform's notification that a fine was paid.
 *
 * @param decisionNo the decision number the payment is for
 * @param amount the amount paid, in yuan
 * @param transactionId the platform's transaction id; a repeated notification carries the same id
 * @param paidAt when it was paid; now when missing
 */
public record PaymentNotification(@NotBlank String decisionNo, @NotNull @Positive BigDecimal amount,
		@NotBlank String transactionId, OffsetDateTime paidAt) {
}

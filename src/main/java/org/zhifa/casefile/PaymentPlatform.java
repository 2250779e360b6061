package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The e-payment platform that collects fines (行政处罚法 Art 67: separation of decision and collection). The
 * provincial platform's adapter replaces {@link LocalPaymentPlatform}, which keeps the orders in our table.
 */
public interface PaymentPlatform {

	/**
	 * Issues the payment code for a decided fine; the same decision gets the same code again.
	 * @return the payment code printed on the decision
	 */
	String issue(String caseNo, String decisionNo, BigDecimal amount);

	/** The order of a decision, if a code was issued. */
	Optional<PaymentOrder> orderOf(String decisionNo);

	/**
	 * Records the platform's notification that the order was paid.
	 * @param surcharge the late-payment surcharge paid with the fine (加处罚款), or {@code null}
	 */
	void settle(String paymentCode, String transactionId, BigDecimal amount, BigDecimal surcharge, Instant paidAt);

	/** Changes the amount of an unpaid order: a reconsideration organ or a court changed the fine. */
	void amend(String decisionNo, BigDecimal amount);

	/** Withdraws an unpaid order: its decision was revoked. */
	void cancel(String decisionNo, Instant at);

	/** An issued payment order and, once paid, its settlement. */
	record PaymentOrder(String paymentCode, String caseNo, String decisionNo, BigDecimal amount, String transactionId,
			BigDecimal paidAmount, Instant paidAt, Instant cancelledAt) {

		boolean paid() {
			return paidAt != null;
		}

		boolean cancelled() {
			return cancelledAt != null;
		}

	}

}

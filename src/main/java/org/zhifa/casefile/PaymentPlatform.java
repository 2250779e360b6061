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

	/** A payment the platform reported before, by its transaction id. */
	Optional<PaymentTransaction> transaction(String transactionId);

	/**
	 * Records a payment the platform reports; the order is settled when its fine is paid in full.
	 * @param surcharge the late-payment surcharge paid with it (加处罚款), or {@code null}
	 * @return the order after the payment
	 */
	PaymentOrder record(String paymentCode, String transactionId, BigDecimal amount, BigDecimal surcharge,
			Instant paidAt);

	/** Lets the fine be paid in this many instalments (分期缴纳, Art 66(2)). */
	void allowInstalments(String decisionNo, int instalments);

	/** Changes the amount of an unpaid order: a reconsideration organ or a court changed the fine. */
	void amend(String decisionNo, BigDecimal amount);

	/** Withdraws an unpaid order: its decision was revoked. */
	void cancel(String decisionNo, Instant at);

	/**
	 * An issued payment order and what has been paid on it.
	 * @param paidAmount the sum of the payments so far
	 * @param paidAt when the fine was paid in full
	 * @param instalments the number of instalments approved, or {@code null} when the fine is paid at once
	 */
	record PaymentOrder(String paymentCode, String caseNo, String decisionNo, BigDecimal amount,
			BigDecimal paidAmount, Instant paidAt, Instant cancelledAt, Integer instalments) {

		boolean paid() {
			return paidAt != null;
		}

		boolean cancelled() {
			return cancelledAt != null;
		}

		/** What is still to pay. */
		BigDecimal outstanding() {
			return paidAmount == null ? amount : amount.subtract(paidAmount);
		}

	}

	/** One payment reported by the platform. */
	record PaymentTransaction(String transactionId, String paymentCode, BigDecimal amount, BigDecimal surcharge,
			Instant paidAt) {
	}

}

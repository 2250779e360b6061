package org.zhifa.casefile;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A local stand-in for the provincial e-payment platform: issues payment codes into {@code payment_order} and
 * records the notifications that {@code POST /api/v1/payments/notifications} receives. It moves no money; it lets
 * the process run end to end until the real platform's adapter replaces it.
 */
@Component
class LocalPaymentPlatform implements PaymentPlatform {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	LocalPaymentPlatform(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String issue(String caseNo, String decisionNo, BigDecimal amount) {
		Optional<PaymentOrder> existing = orderOf(decisionNo);
		if (existing.isPresent()) {
			return existing.get().paymentCode();
		}
		String code = "LOCAL%016d".formatted(Math.floorMod(RANDOM.nextLong(), 10_000_000_000_000_000L));
		jdbc.sql("INSERT INTO payment_order (payment_code, case_no, decision_no, amount, issued_at) VALUES (?, ?, ?, ?, ?)")
			.params(code, caseNo, decisionNo, amount, Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
			.update();
		return code;
	}

	@Override
	public Optional<PaymentOrder> orderOf(String decisionNo) {
		return jdbc.sql("SELECT payment_code, case_no, decision_no, amount, transaction_id, paid_amount, paid_at, "
				+ "cancelled_at FROM payment_order WHERE decision_no = ?")
			.param(decisionNo)
			.query((rs, row) -> new PaymentOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getString(5), rs.getBigDecimal(6), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))))
			.optional();
	}

	@Override
	public void settle(String paymentCode, String transactionId, BigDecimal amount, BigDecimal surcharge,
			Instant paidAt) {
		jdbc.sql("UPDATE payment_order SET transaction_id = ?, paid_amount = ?, surcharge_paid = ?, paid_at = ? "
				+ "WHERE payment_code = ? AND paid_at IS NULL")
			.params(transactionId, amount, surcharge, Timestamp.from(paidAt), paymentCode)
			.update();
	}

	@Override
	public void amend(String decisionNo, BigDecimal amount) {
		jdbc.sql("UPDATE payment_order SET amount = ? WHERE decision_no = ? AND paid_at IS NULL")
			.params(amount, decisionNo)
			.update();
	}

	@Override
	public void cancel(String decisionNo, Instant at) {
		jdbc.sql("UPDATE payment_order SET cancelled_at = ? WHERE decision_no = ? AND paid_at IS NULL "
				+ "AND cancelled_at IS NULL")
			.params(Timestamp.from(at), decisionNo)
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}

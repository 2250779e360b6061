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
 * records the payments that {@code POST /api/v1/payments/notifications} receives in {@code payment_transaction}. It
 * moves no money; it lets the process run end to end until the real platform's adapter replaces it.
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
		return jdbc.sql("SELECT payment_code, case_no, decision_no, amount, paid_amount, paid_at, cancelled_at, "
				+ "instalments FROM payment_order WHERE decision_no = ?")
			.param(decisionNo)
			.query((rs, row) -> new PaymentOrder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)),
					(Integer) rs.getObject(8)))
			.optional();
	}

	@Override
	public Optional<PaymentTransaction> transaction(String transactionId) {
		return jdbc.sql("SELECT transaction_id, payment_code, amount, surcharge, paid_at FROM payment_transaction "
				+ "WHERE transaction_id = ?")
			.param(transactionId)
			.query((rs, row) -> new PaymentTransaction(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), instant(rs.getTimestamp(5))))
			.optional();
	}

	@Override
	public PaymentOrder record(String paymentCode, String transactionId, BigDecimal amount, BigDecimal surcharge,
			Instant paidAt) {
		jdbc.sql("INSERT INTO payment_transaction (transaction_id, payment_code, amount, surcharge, paid_at) "
				+ "VALUES (?, ?, ?, ?, ?)")
			.params(transactionId, paymentCode, amount, surcharge, Timestamp.from(paidAt))
			.update();
		jdbc.sql("UPDATE payment_order SET paid_amount = COALESCE(paid_amount, 0) + ?, "
				+ "surcharge_paid = COALESCE(surcharge_paid, 0) + ? WHERE payment_code = ?")
			.params(amount, surcharge == null ? BigDecimal.ZERO : surcharge, paymentCode)
			.update();
		jdbc.sql("UPDATE payment_order SET paid_at = ? WHERE payment_code = ? AND paid_at IS NULL "
				+ "AND paid_amount >= amount")
			.params(Timestamp.from(paidAt), paymentCode)
			.update();
		return jdbc.sql("SELECT decision_no FROM payment_order WHERE payment_code = ?").param(paymentCode)
			.query(String.class).optional().flatMap(this::orderOf).orElseThrow();
	}

	@Override
	public void allowInstalments(String decisionNo, int instalments) {
		jdbc.sql("UPDATE payment_order SET instalments = ? WHERE decision_no = ? AND paid_at IS NULL")
			.params(instalments, decisionNo)
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

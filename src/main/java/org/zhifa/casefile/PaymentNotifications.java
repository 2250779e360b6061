package org.zhifa.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.casefile.PaymentPlatform.PaymentOrder;
import org.zhifa.casefile.PaymentPlatform.PaymentTransaction;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.NotFoundException;

/**
 * Takes the payment platform's notifications: checks them against the order of the decision, records the payment
 * and, once the fine is paid in full, correlates {@code Msg_PaymentReceived} to the case waiting for it, all in one
 * transaction. An unknown decision number is a 404; a different amount (or, under approved instalments, more than is
 * owed), a payment after the fine was paid, or one on a revoked decision, a 409 with nothing recorded; the same
 * notification again an idempotent success.
 */
@Service
@Transactional
class PaymentNotifications {

	/** Only the platforms' accounts (role integration) and administrators report payments and deliveries. */
	static final java.util.Set<String> CALLERS = java.util.Set.of("integration", "camunda-admin");

	private static final Logger LOG = LoggerFactory.getLogger(PaymentNotifications.class);

	private final PaymentPlatform platform;

	private final Cases cases;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	PaymentNotifications(PaymentPlatform platform, Cases cases, RuntimeService runtimeService,
			SystemAuthority authority) {
		this.platform = platform;
		this.cases = cases;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	PaymentReceipt receive(PaymentNotification notification) {
		authority.requireAny(CALLERS, "只有电子缴款平台的接口账号可以发送缴款通知");
		PaymentOrder order = platform.orderOf(notification.decisionNo().strip())
			.orElseThrow(() -> new NotFoundException("无此处罚决定书的缴款单：" + notification.decisionNo()));
		Optional<PaymentTransaction> earlier = platform.transaction(notification.transactionId());
		if (earlier.isPresent()) {
			return duplicate(order, earlier.get());
		}
		refuseUnexpected(order, notification.amount());

		Instant paidAt = notification.paidAt() == null ? ClockUtil.getCurrentTime().toInstant()
				: notification.paidAt().toInstant();
		PaymentOrder after = platform.record(order.paymentCode(), notification.transactionId(), notification.amount(),
				notification.surcharge(), paidAt);
		if (!after.paid()) {
			LOG.info("Case {}: instalment paid under decision {}", order.caseNo(), order.decisionNo());
			return new PaymentReceipt(order.caseNo(), order.decisionNo(), false, false, after.outstanding());
		}
		boolean correlated = settle(order, paidAt);
		LOG.info("Case {}: fine paid under decision {} ({})", order.caseNo(), order.decisionNo(),
				correlated ? "correlated" : "no case waiting");
		return new PaymentReceipt(order.caseNo(), order.decisionNo(), false, correlated, BigDecimal.ZERO);
	}

	private PaymentReceipt duplicate(PaymentOrder order, PaymentTransaction earlier) {
		if (!earlier.paymentCode().equals(order.paymentCode())) {
			throw new ConflictException("交易 " + earlier.transactionId() + " 已用于另一张缴款单");
		}
		return new PaymentReceipt(order.caseNo(), order.decisionNo(), true, false, order.outstanding());
	}

	/**
	 * A payment must match the order: the whole fine at once, or, where instalments were approved, a part of what is
	 * still owed. Nothing is recorded for a payment refused here.
	 */
	private static void refuseUnexpected(PaymentOrder order, BigDecimal amount) {
		if (order.cancelled()) {
			throw new ConflictException("处罚决定 " + order.decisionNo() + " 已被撤销，缴款单已作废");
		}
		if (order.paid()) {
			throw new ConflictException("处罚决定 " + order.decisionNo() + " 的罚款已缴纳");
		}
		BigDecimal outstanding = order.outstanding();
		boolean expected = order.instalments() == null ? amount.compareTo(outstanding) == 0
				: amount.compareTo(outstanding) <= 0;
		if (!expected) {
			throw new ConflictException("缴款金额 " + amount.toPlainString() + " 元与处罚决定的罚款 "
					+ outstanding.toPlainString() + " 元不符");
		}
	}

	private boolean settle(PaymentOrder order, Instant paidAt) {
		CaseRecord record = cases.findById(order.caseNo())
			.orElseThrow(() -> new NotFoundException("案件不存在：" + order.caseNo()));
		record.paid(paidAt);
		cases.save(record);
		return authority.run(() -> !runtimeService
			.createMessageCorrelation(PenaltyCaseProcess.MSG_PAYMENT_RECEIVED)
			.processInstanceBusinessKey(order.caseNo())
			.setVariable(PenaltyCaseProcess.PAID_AT, Date.from(paidAt))
			.correlateAllWithResult()
			.isEmpty());
	}

}

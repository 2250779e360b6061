package org.zhifa.casefile;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.casefile.PaymentPlatform.PaymentOrder;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.NotFoundException;

/**
 * Takes the payment platform's notifications: checks them against the order of the decision, records the payment
 * and correlates {@code Msg_PaymentReceived} to the case waiting for it, all in one transaction. An unknown decision
 * number is a 404; a different amount, or a second payment under another transaction, a 409 with nothing recorded;
 * the same notification again an idempotent success.
 */
@Service
@Transactional
class PaymentNotifications {

	/** Only the payment platform's account (role integration) and administrators may report payments. */
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
		if (order.cancelled()) {
			throw new ConflictException("处罚决定 " + order.decisionNo() + " 已被撤销，缴款单已作废");
		}
		if (order.paid()) {
			if (order.transactionId().equals(notification.transactionId())) {
				return new PaymentReceipt(order.caseNo(), order.decisionNo(), true, false);
			}
			throw new ConflictException("处罚决定 " + order.decisionNo() + " 的罚款已缴纳（交易 " + order.transactionId() + "）");
		}
		if (order.amount().compareTo(notification.amount()) != 0) {
			throw new ConflictException("缴款金额 " + notification.amount().toPlainString() + " 元与处罚决定的罚款 "
					+ order.amount().toPlainString() + " 元不符");
		}

		Instant paidAt = notification.paidAt() == null ? ClockUtil.getCurrentTime().toInstant()
				: notification.paidAt().toInstant();
		platform.settle(order.paymentCode(), notification.transactionId(), notification.amount(),
				notification.surcharge(), paidAt);
		CaseRecord record = cases.findById(order.caseNo())
			.orElseThrow(() -> new NotFoundException("案件不存在：" + order.caseNo()));
		record.paid(paidAt);
		cases.save(record);
		boolean correlated = authority.run(() -> !runtimeService
			.createMessageCorrelation(PenaltyCaseProcess.MSG_PAYMENT_RECEIVED)
			.processInstanceBusinessKey(order.caseNo())
			.setVariable(PenaltyCaseProcess.PAID_AT, Date.from(paidAt))
			.correlateAllWithResult()
			.isEmpty());
		LOG.info("Case {}: fine paid under decision {} ({})", order.caseNo(), order.decisionNo(),
				correlated ? "correlated" : "no case waiting");
		return new PaymentReceipt(order.caseNo(), order.decisionNo(), false, correlated);
	}

}

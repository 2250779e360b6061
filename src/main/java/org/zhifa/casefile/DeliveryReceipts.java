package org.zhifa.casefile;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;
import org.zhifa.web.NotFoundException;

import static org.zhifa.casefile.PenaltyCaseProcess.MSG_DELIVERY_RECEIPT;
import static org.zhifa.casefile.PenaltyCaseProcess.SERVED_AT;

/**
 * Takes the e-delivery platform's receipts: the decision that reached the party counts as served on that day, and
 * the case waiting for the receipt records the service, in one transaction. An unknown document is a 404; a receipt
 * for a decision not waiting for one (not sent electronically, or already confirmed) a 409.
 */
@Service
@Transactional
class DeliveryReceipts {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryReceipts.class);

	private final Cases cases;

	private final RuntimeService runtimeService;

	private final SystemAuthority authority;

	DeliveryReceipts(Cases cases, RuntimeService runtimeService, SystemAuthority authority) {
		this.cases = cases;
		this.runtimeService = runtimeService;
		this.authority = authority;
	}

	String receive(DeliveryReceipt receipt) {
		authority.requireAny(PaymentNotifications.CALLERS, "只有电子送达平台的接口账号可以发送送达回执");
		validate(receipt);
		CaseRecord record = cases.findByDecisionNo(receipt.documentNo().strip())
			.orElseThrow(() -> new NotFoundException("无此处罚决定书：" + receipt.documentNo()));

		boolean taken = !authority.run(() -> runtimeService.createMessageCorrelation(MSG_DELIVERY_RECEIPT)
			.processInstanceBusinessKey(record.caseNo())
			.setVariable(SERVED_AT, Date.from(receipt.deliveredAt().toInstant()))
			.correlateAllWithResult()).isEmpty();
		if (!taken) {
			throw new ConflictException("处罚决定 " + receipt.documentNo() + " 没有在等待电子送达回执");
		}
		LOG.info("Case {}: electronic delivery confirmed", record.caseNo());
		return record.caseNo();
	}

	private static void validate(DeliveryReceipt receipt) {
		List<FieldError> errors = new ArrayList<>();
		if (receipt.documentNo() == null || receipt.documentNo().isBlank()) {
			errors.add(new FieldError("documentNo", "请填写送达的文书编号（处罚决定书编号）"));
		}
		if (receipt.receiptId() == null || receipt.receiptId().isBlank()) {
			errors.add(new FieldError("receiptId", "请填写回执编号"));
		}
		if (receipt.deliveredAt() == null) {
			errors.add(new FieldError("deliveredAt", "请填写送达到达时间"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}

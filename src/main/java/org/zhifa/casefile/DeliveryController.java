package org.zhifa.casefile;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/deliveries/receipts}: the e-delivery platform confirms a delivered decision. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

	private final DeliveryReceipts receipts;

	DeliveryController(DeliveryReceipts receipts) {
		this.receipts = receipts;
	}

	@PostMapping("/receipts")
	Map<String, String> receive(@RequestBody DeliveryReceipt receipt) {
		return Map.of("caseNo", receipts.receive(receipt));
	}

}

package org.zhifa.casefile;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/notifications}: the e-payment platform reports a paid fine.
 */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

	private final PaymentNotifications notifications;

	PaymentController(PaymentNotifications notifications) {
		this.notifications = notifications;
	}

	@PostMapping("/notifications")
	PaymentReceipt notify(@Valid @RequestBody PaymentNotification notification) {
		return notifications.receive(notification);
	}

}

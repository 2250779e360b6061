package org.zhifa.enforcement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/cases/{caseNo}/payment-deferrals}: the squad registers the party's application to pay the fine
 * later or in instalments; 202 when the execution took it for the team leader's decision.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseNo}")
class EnforcementController {

	private final PaymentDeferrals deferrals;

	EnforcementController(PaymentDeferrals deferrals) {
		this.deferrals = deferrals;
	}

	@PostMapping("/payment-deferrals")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void applyForDeferral(@PathVariable String caseNo, @RequestBody PaymentDeferralRequest request) {
		deferrals.register(caseNo, request);
	}

}

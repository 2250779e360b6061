package org.zhifa.routing;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What-if routing (design.md section 5): which body and squad would handle this, by which rules, under which
 * catalogue version. Open to every authenticated user; writes nothing.
 */
@RestController
@RequestMapping("/api/v1/routing")
class RoutingController {

	private final RoutingService routingService;

	RoutingController(RoutingService routingService) {
		this.routingService = routingService;
	}

	@PostMapping("/evaluate")
	RoutingResult evaluate(@RequestBody RoutingRequest request) {
		return routingService.route(request);
	}

}

package org.zhifa.deadline;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.web.InvalidRequestException;

/**
 * Deadline tracking per squad: the overdue tasks, and the tasks whose warning has started.
 */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "deadlines", description = "期限跟踪")
class DeadlineController {

	static final int MAX_PAGE = 500;

	static final int DEFAULT_PAGE = 100;

	private final DeadlineTracking tracking;

	private final ZoneId zone;

	DeadlineController(DeadlineTracking tracking, DeadlineProperties properties) {
		this.tracking = tracking;
		this.zone = properties.zone();
	}

	@GetMapping("/overdue")
	@Operation(summary = "Open tasks of a squad past their due date (own squad; any squad for oversight roles)")
	SquadDeadlines overdue(
			@Parameter(required = true, example = "squad-xixi") @RequestParam(required = false) String squad,
			@Parameter(description = "1 to 500, default 100") @RequestParam(required = false) String max) {
		int page = page(max);
		return new SquadDeadlines(squad, OffsetDateTime.now(zone), tracking.overdue(required(squad), page));
	}

	@GetMapping("/due-soon")
	@Operation(summary = "Open tasks of a squad in their warning period, not yet overdue")
	SquadDeadlines dueSoon(
			@Parameter(required = true, example = "squad-xixi") @RequestParam(required = false) String squad,
			@Parameter(description = "1 to 500, default 100") @RequestParam(required = false) String max) {
		int page = page(max);
		return new SquadDeadlines(squad, OffsetDateTime.now(zone), tracking.dueSoon(required(squad), page));
	}

	// Parameters are checked here, not by binding, so that the answer names them in its errors list.
	private static String required(String squad) {
		if (squad == null || squad.isBlank()) {
			throw InvalidRequestException.of("squad", "必填");
		}
		return squad;
	}

	private static int page(String max) {
		if (max == null) {
			return DEFAULT_PAGE;
		}
		try {
			int page = Integer.parseInt(max.strip());
			if (page >= 1 && page <= MAX_PAGE) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a size out of range
		}
		throw InvalidRequestException.of("max", "必须是 1 到 " + MAX_PAGE + " 之间的整数");
	}

	/**
	 * @param squad the squad asked for
	 * @param asOf when the list was made
	 * @param tasks the tasks, by due date
	 */
	record SquadDeadlines(String squad, OffsetDateTime asOf, List<OpenDeadline> tasks) {
	}

}

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

	private final DeadlineTracking tracking;

	private final ZoneId zone;

	DeadlineController(DeadlineTracking tracking, DeadlineProperties properties) {
		this.tracking = tracking;
		this.zone = properties.zone();
	}

	@GetMapping("/overdue")
	@Operation(summary = "Open tasks of a squad past their due date (own squad; any squad for oversight roles)")
	SquadDeadlines overdue(@Parameter(example = "squad-xixi") @RequestParam String squad,
			@RequestParam(defaultValue = "100") int max) {
		return new SquadDeadlines(squad, OffsetDateTime.now(zone), tracking.overdue(squad, page(max)));
	}

	@GetMapping("/due-soon")
	@Operation(summary = "Open tasks of a squad in their warning period, not yet overdue")
	SquadDeadlines dueSoon(@Parameter(example = "squad-xixi") @RequestParam String squad,
			@RequestParam(defaultValue = "100") int max) {
		return new SquadDeadlines(squad, OffsetDateTime.now(zone), tracking.dueSoon(squad, page(max)));
	}

	private static int page(int max) {
		if (max < 1 || max > MAX_PAGE) {
			throw InvalidRequestException.of("max", "必须是 1 到 " + MAX_PAGE + " 之间的整数");
		}
		return max;
	}

	/**
	 * @param squad the squad asked for
	 * @param asOf when the list was made
	 * @param tasks the tasks, by due date
	 */
	record SquadDeadlines(String squad, OffsetDateTime asOf, List<OpenDeadline> tasks) {
	}

}

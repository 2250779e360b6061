package org.zhifa.intake;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inbox}: the messages the local delivery channel delivered to the caller's units (transfer
 * letters, reminders, outcomes of the clues they sent), newest first.
 */
@RestController
class InboxController {

	private final NamedParameterJdbcTemplate jdbc;

	private final IdentityService identityService;

	InboxController(NamedParameterJdbcTemplate jdbc, IdentityService identityService) {
		this.jdbc = jdbc;
		this.identityService = identityService;
	}

	@GetMapping("/api/v1/inbox")
	List<InboxMessage> inbox() {
		List<String> groups = identityService.getCurrentAuthentication().getGroupIds();
		if (groups == null || groups.isEmpty()) {
			return List.of();
		}
		return jdbc.query("SELECT id, recipient, subject, body, delivered_at FROM local_inbox "
				+ "WHERE recipient IN (:groups) ORDER BY delivered_at DESC, id DESC",
				new MapSqlParameterSource("groups", groups),
				(rs, row) -> new InboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()));
	}

	/** A delivered message. */
	record InboxMessage(long id, String recipient, String subject, String body, Instant deliveredAt) {
	}

}

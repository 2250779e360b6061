package org.zhifa.deadline;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;

/**
 * What administrators do with the calendar: see which years have holiday data, and reload the holiday file after
 * adding a year, without a release or a restart. Only administrators and process administrators may.
 */
@Service
public class CalendarAdministration {

	static final Set<String> ADMINISTRATORS = Set.of(Groups.CAMUNDA_ADMIN, "process-admin");

	private static final Logger LOG = LoggerFactory.getLogger(CalendarAdministration.class);

	private final StatutoryCalendar calendar;

	private final DeadlineProperties properties;

	private final IdentityService identityService;

	public CalendarAdministration(StatutoryCalendar calendar, DeadlineProperties properties,
			IdentityService identityService) {
		this.calendar = calendar;
		this.properties = properties;
		this.identityService = identityService;
	}

	/**
	 * @throws ForbiddenException unless the current user is an administrator
	 */
	public CalendarCoverage coverage() {
		checkAdministrator();
		return calendar.coverage(LocalDate.now(properties.zone()));
	}

	/**
	 * Reads the holiday file again; a broken file leaves the current data in place.
	 * @throws ForbiddenException unless the current user is an administrator
	 * @throws InvalidRequestException if the file cannot be read or has a mistake (named with its line number)
	 */
	public CalendarCoverage reload() {
		checkAdministrator();
		HolidayData data;
		try {
			data = HolidayFile.read(DeadlineConfiguration.resource(properties.holidayFile()));
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			throw InvalidRequestException.of("holidayFile", ex.getMessage());
		}
		calendar.replace(data);
		LOG.info("Holiday data reloaded from {} for the years {}", data.source(), data.coveredYears());
		return calendar.coverage(LocalDate.now(properties.zone()));
	}

	private void checkAdministrator() {
		Authentication caller = identityService.getCurrentAuthentication();
		List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
		if (groups.stream().noneMatch(ADMINISTRATORS::contains)) {
			throw new ForbiddenException("仅管理员可查看或更新节假日数据");
		}
	}

}

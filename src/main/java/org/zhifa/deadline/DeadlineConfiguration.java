package org.zhifa.deadline;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.util.ResourceUtils;
import org.zhifa.organisation.OrganisationDirectory;

/**
 * Loads the holiday data and the named periods at start-up and reports which years lack holiday data.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineConfiguration.class);

	@Bean
	StatutoryCalendar statutoryCalendar(DeadlineProperties properties) {
		HolidayData data = HolidayFile.read(resource(properties.holidayFile()));
		LOG.info("Holiday data loaded from {} for the years {}", data.source(), data.coveredYears());

		StatutoryCalendar calendar = new StatutoryCalendar(data);
		// Warns now, not at the first deadline, when this or next year's holidays are missing.
		calendar.coverage(LocalDate.now(properties.zone()));
		return calendar;
	}

	@Bean
	StatutoryPeriods statutoryPeriods(DeadlineProperties properties, OrganisationDirectory directory) {
		String local = properties.localPeriodsFile();
		boolean hasLocal = local != null && !local.isBlank();
		StatutoryPeriods periods = PeriodFile.read(resource(properties.periodsFile()),
				hasLocal ? resource(local) : null, code -> directory.lineArea(code).isPresent());
		LOG.info("{} statutory periods loaded{}", periods.all().size(), hasLocal ? " with local values" : "");
		return periods;
	}

	/** A location with a prefix ({@code classpath:}, {@code file:}), or else a path in the file system. */
	static Resource resource(String location) {
		if (location.startsWith(ResourceUtils.CLASSPATH_URL_PREFIX) || ResourceUtils.isUrl(location)) {
			return new DefaultResourceLoader().getResource(location);
		}
		return new FileSystemResource(location);
	}

}

package org.zhifa.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the data folder of the embedded database before the DataSource opens it, and logs its absolute path so
 * that an operator knows which files to back up.
 *
 * <p>Registered in {@code META-INF/spring.factories}: it must run before any bean exists.
 */
public class DataFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		String url = event.getEnvironment().getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:h2:file:")) {
			return;
		}

		Path folder = Path.of(event.getEnvironment().getProperty("zhifa.data-dir", "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("zhifa.data-dir cannot be created: " + folder, ex);
		}
		LOG.info("Embedded database in data folder {}", folder);
	}

}

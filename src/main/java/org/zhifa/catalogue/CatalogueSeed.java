package org.zhifa.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.zhifa.web.ConflictException;

/**
 * Loads the shipped catalogue ({@code catalogue/catalogue-seed.csv}) as version 1 when the catalogue is empty, through
 * the same checks as any import. Later versions come from process admins.
 */
@Component
class CatalogueSeed implements ApplicationRunner {

	static final String SEED = "catalogue/catalogue-seed.csv";

	/** The seed is in force from the day the committee's integrated enforcement started using Zhifa's catalogue. */
	static final LocalDate SEED_EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

	static final String SYSTEM_USER = "system";

	private static final Logger LOG = LoggerFactory.getLogger(CatalogueSeed.class);

	private final CatalogueRepository repository;

	private final CatalogueImport catalogueImport;

	CatalogueSeed(CatalogueRepository repository, CatalogueImport catalogueImport) {
		this.repository = repository;
		this.catalogueImport = catalogueImport;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (repository.latestVersion().isPresent()) {
			return;
		}
		try {
			CatalogueImport.ImportRequest request = new CatalogueImport.ImportRequest(SEED_EFFECTIVE_FROM,
					"执法事项目录（初始版本）", SEED);
			CatalogueVersion version = catalogueImport.importAs(CatalogueCsv.parse(read()), request, SYSTEM_USER);
			LOG.info("Catalogue seeded: version {} with {} items", version.version(), version.itemCount());
		}
		catch (ConflictException | DuplicateKeyException ex) {
			LOG.info("Catalogue seeded meanwhile by another node");
		}
	}

	static String read() {
		try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Catalogue seed cannot be read: " + SEED, ex);
		}
	}

}

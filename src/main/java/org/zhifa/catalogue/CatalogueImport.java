package org.zhifa.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.security.SystemAuthority;
import org.zhifa.web.ConflictException;
import org.zhifa.web.ForbiddenException;
import org.zhifa.web.InvalidRequestException;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * Imports a new catalogue version (dynamic adjustment, 浙江省综合行政执法条例 Art 10) from CSV or from the first
 * worksheet of an XLSX workbook: all or nothing, in one transaction. Every row is checked and every problem reported
 * at once; when any row fails nothing is written and the version in force stays as it was.
 */
@Service
public class CatalogueImport {

	/** The role that maintains the catalogue (design.md section 1). */
	public static final String PROCESS_ADMIN = "process-admin";

	private static final Logger LOG = LoggerFactory.getLogger(CatalogueImport.class);

	private final CatalogueRepository repository;

	private final OrganisationDirectory directory;

	private final SystemAuthority authority;

	CatalogueImport(CatalogueRepository repository, OrganisationDirectory directory, SystemAuthority authority) {
		this.repository = repository;
		this.directory = directory;
		this.authority = authority;
	}

	/**
	 * Imports a catalogue version as the authenticated process admin.
	 * @param csv the catalogue in the CSV format of docs/routing.md
	 * @param request the effective date, label and file name
	 * @return the new version
	 * @throws ForbiddenException when the current user is not a process admin
	 * @throws InvalidRequestException listing every problem, with fields like {@code row 5 lineArea}
	 * @throws ConflictException when another import took the same version number meanwhile
	 */
	@Transactional
	public CatalogueVersion importVersion(String csv, ImportRequest request) {
		return importRows(CatalogueCsv.parse(csv), request);
	}

	/** Imports rows read from a CSV file or a workbook, as the authenticated process admin. */
	@Transactional
	CatalogueVersion importRows(List<CatalogueCsv.Row> rows, ImportRequest request) {
		String userId = requireProcessAdmin();
		return importAs(rows, request, userId);
	}

	@Transactional
	CatalogueVersion importAs(List<CatalogueCsv.Row> fileRows, ImportRequest request, String userId) {
		List<FieldError> errors = new ArrayList<>(checkRequest(request));
		CatalogueRows.Result rows = CatalogueRows.read(fileRows, directory);
		errors.addAll(rows.errors());
		if (!errors.isEmpty()) {
			LOG.info("Catalogue import by {} refused: {} problems", userId, errors.size());
			throw new InvalidRequestException(errors);
		}

		int number = repository.latestVersion().map(version -> version.version() + 1).orElse(1);
		CatalogueVersion version = new CatalogueVersion(number, request.label(), request.effectiveFrom(),
				Instant.now(), userId, rows.items().size(), request.sourceName());
		try {
			repository.insert(version, rows.items());
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("目录版本 " + number + " 已由他人同时导入，请刷新后重试");
		}
		LOG.info("Catalogue version {} imported by {}: {} items, effective from {}", number, userId,
				version.itemCount(), version.effectiveFrom());
		return version;
	}

	private List<FieldError> checkRequest(ImportRequest request) {
		List<FieldError> errors = new ArrayList<>();
		if (request.effectiveFrom() == null) {
			errors.add(new FieldError("effectiveFrom", "必填"));
		}
		else {
			Optional<CatalogueVersion> latest = repository.latestVersion();
			if (latest.isPresent() && request.effectiveFrom().isBefore(latest.get().effectiveFrom())) {
				errors.add(new FieldError("effectiveFrom",
						"不能早于最新版本 " + latest.get().version() + " 的生效日期 " + latest.get().effectiveFrom()));
			}
		}
		if (request.label() == null || request.label().isBlank()) {
			errors.add(new FieldError("label", "必填"));
		}
		else if (request.label().length() > 200) {
			errors.add(new FieldError("label", "超过 200 个字符"));
		}
		return errors;
	}

	private String requireProcessAdmin() {
		authority.requireAny(List.of(PROCESS_ADMIN, Groups.CAMUNDA_ADMIN), "只有流程管理员可以导入执法事项目录");
		return authority.currentUser();
	}

	/**
	 * What an import needs besides the file.
	 * @param effectiveFrom the first day the version is in force; not before the latest version's
	 * @param label what the version is, e.g. the adjustment notice
	 * @param sourceName the file name, for the record
	 */
	public record ImportRequest(LocalDate effectiveFrom, String label, String sourceName) {
	}

}

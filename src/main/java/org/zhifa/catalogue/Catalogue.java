package org.zhifa.catalogue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Read access to the enforcement-item catalogue for other capabilities: the version in force, its items, and any
 * earlier version (cases keep the version that routed them).
 */
@Service
public class Catalogue {

	/** Effective dates are days in the committee's time zone. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final CatalogueRepository repository;

	Catalogue(CatalogueRepository repository) {
		this.repository = repository;
	}

	/** The version in force today, empty only before the seed has been loaded. */
	public Optional<CatalogueVersion> versionInForce() {
		return versionInForce(today());
	}

	/** The latest version whose effective date is on or before the given day. */
	public Optional<CatalogueVersion> versionInForce(LocalDate day) {
		return repository.versionInForce(day);
	}

	public Optional<CatalogueVersion> version(int version) {
		return repository.version(version);
	}

	/** Every version, oldest first. */
	public List<CatalogueVersion> versions() {
		return repository.versions();
	}

	/** The item of that code in the given version if it applies today. */
	public Optional<CatalogueItem> item(int version, String itemCode) {
		return repository.item(version, itemCode).filter(item -> item.effectiveOn(today()));
	}

	/**
	 * The items of a version, optionally of one line area or only the (non-)territorial ones.
	 * @param lineArea a line-area code or {@code null} for all
	 * @param territorial {@code true} or {@code false} to filter, {@code null} for all
	 */
	public List<CatalogueItem> items(int version, String lineArea, Boolean territorial) {
		return repository.items(version, lineArea, territorial);
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}

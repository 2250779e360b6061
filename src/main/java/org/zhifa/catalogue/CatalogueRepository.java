package org.zhifa.catalogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/**
 * The catalogue tables ({@code catalogue_version}, {@code catalogue_item}); only this package reads or writes them.
 */
@Repository
class CatalogueRepository {

	private static final String VERSION_COLUMNS = "version_no, label, effective_from, imported_at, imported_by, "
			+ "item_count, source_name";

	private static final String ITEM_COLUMNS = "item_code, item_name, line_area, scope, territorial, legal_basis, "
			+ "penalty_range, transfer_scope, supervision_duty, enforcement_duty, effective_from, effective_to, source";

	private static final RowMapper<CatalogueVersion> VERSION = CatalogueRepository::version;

	private static final RowMapper<CatalogueItem> ITEM = CatalogueRepository::item;

	private final NamedParameterJdbcTemplate jdbc;

	CatalogueRepository(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CatalogueVersion> versionInForce(LocalDate day) {
		return jdbc.query("select " + VERSION_COLUMNS + " from catalogue_version where effective_from <= :day "
				+ "order by effective_from desc, version_no desc fetch first 1 rows only",
				new MapSqlParameterSource("day", Date.valueOf(day)), VERSION).stream().findFirst();
	}

	Optional<CatalogueVersion> latestVersion() {
		return jdbc.query("select " + VERSION_COLUMNS + " from catalogue_version "
				+ "order by version_no desc fetch first 1 rows only", VERSION).stream().findFirst();
	}

	Optional<CatalogueVersion> version(int version) {
		return jdbc.query("select " + VERSION_COLUMNS + " from catalogue_version where version_no = :version",
				new MapSqlParameterSource("version", version), VERSION).stream().findFirst();
	}

	List<CatalogueVersion> versions() {
		return jdbc.query("select " + VERSION_COLUMNS + " from catalogue_version order by version_no", VERSION);
	}

	Optional<CatalogueItem> item(int version, String itemCode) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("version", version).addValue("code", itemCode);
		return jdbc.query("select " + ITEM_COLUMNS + " from catalogue_item "
				+ "where version_no = :version and item_code = :code", parameters, ITEM).stream().findFirst();
	}

	List<CatalogueItem> items(int version, String lineArea, Boolean territorial) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("version", version)
			.addValue("lineArea", lineArea)
			.addValue("territorial", territorial);
		StringBuilder sql = new StringBuilder("select " + ITEM_COLUMNS + " from catalogue_item")
			.append(" where version_no = :version");
		if (lineArea != null) {
			sql.append(" and line_area = :lineArea");
		}
		if (territorial != null) {
			sql.append(" and territorial = :territorial");
		}
		return jdbc.query(sql.append(" order by item_code").toString(), parameters, ITEM);
	}

	void insert(CatalogueVersion version, List<CatalogueItem> items) {
		jdbc.update("insert into catalogue_version (" + VERSION_COLUMNS + ") values (:version, :label, "
				+ ":effectiveFrom, :importedAt, :importedBy, :itemCount, :sourceName)", parameters(version));
		SqlParameterSource[] rows = items.stream().map(item -> parameters(version.version(), item))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("insert into catalogue_item (version_no, " + ITEM_COLUMNS + ") values (:version, :itemCode, "
				+ ":itemName, :lineArea, :scope, :territorial, :legalBasis, :penaltyRange, :transferScope, "
				+ ":supervisionDuty, :enforcementDuty, :effectiveFrom, :effectiveTo, :source)", rows);
	}

	private static SqlParameterSource parameters(CatalogueVersion version) {
		return new MapSqlParameterSource("version", version.version())
			.addValue("label", version.label())
			.addValue("effectiveFrom", Date.valueOf(version.effectiveFrom()))
			.addValue("importedAt", Timestamp.from(version.importedAt()))
			.addValue("importedBy", version.importedBy())
			.addValue("itemCount", version.itemCount())
			.addValue("sourceName", version.sourceName());
	}

	private static SqlParameterSource parameters(int version, CatalogueItem item) {
		return new MapSqlParameterSource("version", version)
			.addValue("itemCode", item.itemCode())
			.addValue("itemName", item.itemName())
			.addValue("lineArea", item.lineArea())
			.addValue("scope", item.scope() == null ? null : item.scope().name())
			.addValue("territorial", item.territorial())
			.addValue("legalBasis", item.legalBasis())
			.addValue("penaltyRange", item.penaltyRange())
			.addValue("transferScope", item.transferScope())
			.addValue("supervisionDuty", item.supervisionDuty())
			.addValue("enforcementDuty", item.enforcementDuty())
			.addValue("effectiveFrom", date(item.effectiveFrom()))
			.addValue("effectiveTo", date(item.effectiveTo()))
			.addValue("source", item.source());
	}

	private static CatalogueVersion version(ResultSet rs, int row) throws SQLException {
		return new CatalogueVersion(rs.getInt("version_no"), rs.getString("label"),
				rs.getDate("effective_from").toLocalDate(), rs.getTimestamp("imported_at").toInstant(),
				rs.getString("imported_by"), rs.getInt("item_count"), rs.getString("source_name"));
	}

	private static CatalogueItem item(ResultSet rs, int row) throws SQLException {
		String scope = rs.getString("scope");
		return new CatalogueItem(rs.getString("item_code"), rs.getString("item_name"), rs.getString("line_area"),
				scope == null ? null : ItemScope.valueOf(scope), rs.getBoolean("territorial"),
				rs.getString("legal_basis"), rs.getString("penalty_range"), rs.getString("transfer_scope"),
				rs.getString("supervision_duty"), rs.getString("enforcement_duty"),
				localDate(rs.getDate("effective_from")), localDate(rs.getDate("effective_to")), rs.getString("source"));
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static LocalDate localDate(Date date) {
		return date == null ? null : date.toLocalDate();
	}

}

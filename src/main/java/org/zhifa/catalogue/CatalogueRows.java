package org.zhifa.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.zhifa.organisation.Organisation;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * Turns the rows of a catalogue CSV into items, checking every row and collecting every problem (missing fields,
 * unknown line area or scope, duplicate code, bad dates) rather than stopping at the first. Errors name the field as
 * {@code row N column}, N being the row a spreadsheet shows.
 */
final class CatalogueRows {

	/** The columns of the catalogue CSV, their field names in errors, whether required and their maximum length. */
	enum Column {

		ITEM_CODE("item_code", "itemCode", true, 40), ITEM_NAME("item_name", "itemName", true, 500),
		LINE_AREA("line_area", "lineArea", true, 40), SCOPE("scope", "scope", false, 40),
		TERRITORIAL("territorial", "territorial", false, 10), LEGAL_BASIS("legal_basis", "legalBasis", true, 1000),
		PENALTY_RANGE("penalty_range", "penaltyRange", false, 1000),
		TRANSFER_SCOPE("transfer_scope", "transferScope", true, 20),
		SUPERVISION_DUTY("supervision_duty", "supervisionDuty", true, 1000),
		ENFORCEMENT_DUTY("enforcement_duty", "enforcementDuty", true, 1000),
		EFFECTIVE_FROM("effective_from", "effectiveFrom", false, 10),
		EFFECTIVE_TO("effective_to", "effectiveTo", false, 10), SOURCE("source", "source", false, 500);

		final String header;

		final String field;

		final boolean required;

		final int maxLength;

		Column(String header, String field, boolean required, int maxLength) {
			this.header = header;
			this.field = field;
			this.required = required;
			this.maxLength = maxLength;
		}

	}

	/** The items read and the problems found; items are only usable when there are no problems. */
	record Result(List<CatalogueItem> items, List<FieldError> errors) {
	}

	static final Pattern ITEM_CODE = Pattern.compile("[0-9A-Z][0-9A-Z_-]{2,39}");

	/** A workbook date cell arrives as the day number since Excel's epoch. */
	static final Pattern EXCEL_DAY = Pattern.compile("[1-9][0-9]{4}");

	static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	static final Set<String> TRANSFER_SCOPES = Set.of("全部", "部分", "不划转");

	private static final String FOREST_WATER = "FOREST_WATER";

	private final OrganisationDirectory directory;

	private final List<FieldError> errors = new ArrayList<>();

	private final Map<String, Integer> codes = new HashMap<>();

	private CatalogueRows(OrganisationDirectory directory) {
		this.directory = directory;
	}

	static Result read(List<CatalogueCsv.Row> rows, OrganisationDirectory directory) {
		return new CatalogueRows(directory).read(rows);
	}

	private Result read(List<CatalogueCsv.Row> rows) {
		if (rows.isEmpty()) {
			errors.add(new FieldError("file", "文件为空：缺少表头和事项"));
			return new Result(List.of(), errors);
		}

		Map<Column, Integer> header = header(rows.get(0));
		if (!errors.isEmpty()) {
			return new Result(List.of(), errors);
		}
		if (rows.size() == 1) {
			errors.add(new FieldError("file", "没有事项行"));
		}

		List<CatalogueItem> items = new ArrayList<>();
		for (CatalogueCsv.Row row : rows.subList(1, rows.size())) {
			item(row, header).ifPresent(items::add);
		}
		return new Result(items, errors);
	}

	private Map<Column, Integer> header(CatalogueCsv.Row row) {
		Map<Column, Integer> header = new EnumMap<>(Column.class);
		for (int index = 0; index < row.cells().size(); index++) {
			String name = row.cell(index);
			Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.header.equals(name)).findFirst();
			if (column.isEmpty()) {
				errors.add(new FieldError("header " + name, "未知的列"));
			}
			else if (header.putIfAbsent(column.get(), index) != null) {
				errors.add(new FieldError("header " + name, "列重复"));
			}
		}
		for (Column column : Column.values()) {
			if (column.required && !header.containsKey(column)) {
				errors.add(new FieldError("header " + column.header, "缺少必填列"));
			}
		}
		return header;
	}

	private Optional<CatalogueItem> item(CatalogueCsv.Row row, Map<Column, Integer> header) {
		Cells cells = new Cells(row, header);
		String code = code(cells);
		String lineArea = lineArea(cells);
		ItemScope scope = scope(cells, lineArea);
		Boolean territorial = territorial(cells);
		String transferScope = transferScope(cells);
		LocalDate from = date(cells, Column.EFFECTIVE_FROM);
		LocalDate to = date(cells, Column.EFFECTIVE_TO);
		if (from != null && to != null && to.isBefore(from)) {
			cells.error(Column.EFFECTIVE_TO, "不能早于 effective_from");
		}

		if (cells.failed) {
			return Optional.empty();
		}
		return Optional.of(new CatalogueItem(code, cells.get(Column.ITEM_NAME), lineArea, scope, territorial,
				cells.get(Column.LEGAL_BASIS), cells.get(Column.PENALTY_RANGE), transferScope,
				cells.get(Column.SUPERVISION_DUTY), cells.get(Column.ENFORCEMENT_DUTY), from, to,
				cells.get(Column.SOURCE)));
	}

	private String code(Cells cells) {
		String code = cells.get(Column.ITEM_CODE);
		if (code == null) {
			return null;
		}
		if (!ITEM_CODE.matcher(code).matches()) {
			cells.error(Column.ITEM_CODE, "格式不正确：大写字母、数字、下划线或连字符，3-40位");
			return null;
		}
		Integer first = codes.putIfAbsent(code, cells.row.number());
		if (first != null) {
			cells.error(Column.ITEM_CODE, "事项编码重复：与第 " + first + " 行相同");
		}
		return code;
	}

	private String lineArea(Cells cells) {
		String text = cells.get(Column.LINE_AREA);
		if (text == null) {
			return null;
		}
		Optional<String> code = directory.organisation().lineAreas().stream()
			.filter(lineArea -> lineArea.code().equals(text) || lineArea.name().equals(text))
			.map(Organisation.LineArea::code)
			.findFirst();
		if (code.isEmpty()) {
			cells.error(Column.LINE_AREA, "未知的条线：" + text);
		}
		return code.orElse(null);
	}

	private ItemScope scope(Cells cells, String lineArea) {
		String text = cells.get(Column.SCOPE);
		if (text == null) {
			if (FOREST_WATER.equals(lineArea)) {
				cells.error(Column.SCOPE, "林水条线事项必须注明范围（SCENIC、WEST_LAKE_WATER、WETLAND、FORESTRY、WATER_CONSERVANCY）");
			}
			return null;
		}
		Optional<ItemScope> scope = ItemScope.parse(text);
		if (scope.isEmpty()) {
			cells.error(Column.SCOPE, "未知的范围：" + text);
		}
		else if (lineArea != null && !FOREST_WATER.equals(lineArea)) {
			cells.error(Column.SCOPE, "只有林水条线事项注明范围");
		}
		return scope.orElse(null);
	}

	private Boolean territorial(Cells cells) {
		String text = cells.get(Column.TERRITORIAL);
		if (text == null) {
			return false;
		}
		return switch (text.toLowerCase()) {
			case "true", "y", "yes", "是" -> true;
			case "false", "n", "no", "否" -> false;
			default -> {
				cells.error(Column.TERRITORIAL, "应为 true 或 false（是/否）");
				yield false;
			}
		};
	}

	private String transferScope(Cells cells) {
		String text = cells.get(Column.TRANSFER_SCOPE);
		if (text != null && !TRANSFER_SCOPES.contains(text)) {
			cells.error(Column.TRANSFER_SCOPE, "应为 全部、部分 或 不划转");
		}
		return text;
	}

	private static LocalDate date(Cells cells, Column column) {
		String text = cells.get(column);
		if (text == null) {
			return null;
		}
		if (EXCEL_DAY.matcher(text).matches()) {
			return EXCEL_EPOCH.plusDays(Long.parseLong(text));
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			cells.error(column, "日期格式应为 YYYY-MM-DD");
			return null;
		}
	}

	/** The cells of one row by column, checking required and length limits as they are read. */
	private final class Cells {

		private final CatalogueCsv.Row row;

		private final Map<Column, Integer> header;

		private boolean failed;

		Cells(CatalogueCsv.Row row, Map<Column, Integer> header) {
			this.row = row;
			this.header = header;
			Arrays.stream(Column.values()).forEach(this::check);
		}

		String get(Column column) {
			Integer index = header.get(column);
			String value = index == null ? "" : row.cell(index);
			return value.isEmpty() || value.length() > column.maxLength ? null : value;
		}

		void error(Column column, String message) {
			errors.add(new FieldError("row " + row.number() + " " + column.field, message));
			failed = true;
		}

		private void check(Column column) {
			Integer index = header.get(column);
			String value = index == null ? "" : row.cell(index);
			if (column.required && value.isEmpty()) {
				error(column, "必填");
			}
			else if (value.length() > column.maxLength) {
				error(column, "超过 " + column.maxLength + " 个字符");
			}
		}

	}

}

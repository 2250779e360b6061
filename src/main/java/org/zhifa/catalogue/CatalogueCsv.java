package org.zhifa.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads catalogue CSV text (RFC 4180: comma separated, fields in double quotes may hold commas, quotes and line
 * breaks). A leading byte-order mark is dropped; records starting with {@code #} are comments; blank records are
 * skipped. Each record keeps its number in the file, counting comments and the header, so that errors name the row
 * a spreadsheet shows.
 */
final class CatalogueCsv {

	private CatalogueCsv() {
	}

	/** One record of the file and its 1-based row number. */
	record Row(int number, List<String> cells) {

		String cell(int index) {
			return index < cells.size() ? cells.get(index).strip() : "";
		}

	}

	static List<Row> parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<Row> rows = new ArrayList<>();
		Reader reader = new Reader(content);
		int number = 0;
		while (reader.hasMore()) {
			number++;
			List<String> cells = reader.record();
			if (!isBlank(cells) && !cells.get(0).startsWith("#")) {
				rows.add(new Row(number, cells));
			}
		}
		return rows;
	}

	private static boolean isBlank(List<String> cells) {
		return cells.stream().allMatch(String::isBlank);
	}

	/** A cursor over the text that hands out one record at a time. */
	private static final class Reader {

		private final String text;

		private int position;

		Reader(String text) {
			this.text = text;
		}

		boolean hasMore() {
			return position < text.length();
		}

		List<String> record() {
			List<String> cells = new ArrayList<>();
			StringBuilder cell = new StringBuilder();
			boolean quoted = false;
			while (position < text.length()) {
				char c = text.charAt(position++);
				if (quoted) {
					quoted = quotedChar(c, cell);
				}
				else if (c == '"' && cell.isEmpty()) {
					quoted = true;
				}
				else if (c == ',') {
					cells.add(cell.toString());
					cell.setLength(0);
				}
				else if (c == '\n' || c == '\r') {
					skipLineFeed(c);
					break;
				}
				else {
					cell.append(c);
				}
			}
			cells.add(cell.toString());
			return cells;
		}

		/** Appends a character read inside quotes; answers whether the field stays quoted. */
		private boolean quotedChar(char c, StringBuilder cell) {
			if (c != '"') {
				cell.append(c);
				return true;
			}
			if (position < text.length() && text.charAt(position) == '"') {
				cell.append('"');
				position++;
				return true;
			}
			return false;
		}

		private void skipLineFeed(char c) {
			if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
				position++;
			}
		}

	}

}

package org.zhifa.catalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal XLSX workbooks for tests, laid out as spreadsheet programs write them (shared strings, cell references). */
final class Workbooks {

	private Workbooks() {
	}

	/** A one-sheet workbook; every cell a shared string, empty cells left out. */
	static byte[] xlsx(List<List<String>> rows) {
		List<String> strings = new ArrayList<>();
		StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
		for (int r = 0; r < rows.size(); r++) {
			sheet.append("<row r=\"").append(r + 1).append("\">");
			for (int c = 0; c < rows.get(r).size(); c++) {
				String value = rows.get(r).get(c);
				if (!value.isEmpty()) {
					sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"s\"><v>")
						.append(strings.size()).append("</v></c>");
					strings.add(value);
				}
			}
			sheet.append("</row>");
		}
		sheet.append("</sheetData></worksheet>");
		return zip(sheet.toString(), sharedStrings(strings));
	}

	static byte[] zip(String sheet, String sharedStrings) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			add(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
					+ "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
			add(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
					+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>");
			add(zip, CatalogueXlsx.SHEET, sheet);
			add(zip, CatalogueXlsx.SHARED_STRINGS, sharedStrings);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String sharedStrings(List<String> strings) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		for (String value : strings) {
			xml.append("<si><t xml:space=\"preserve\">").append(escape(value)).append("</t></si>");
		}
		return xml.append("</sst>").toString();
	}

	private static void add(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}

package org.zhifa.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first worksheet of an XLSX workbook into catalogue rows, with the JDK only (zip and StAX): shared, inline
 * and rich-text strings, numbers and booleans. Row numbers are the sheet's. Formulas are read as their cached value.
 * DTDs and external entities are refused; entries larger than {@link #MAX_ENTRY_BYTES} are refused.
 */
final class CatalogueXlsx {

	static final String SHEET = "xl/worksheets/sheet1.xml";

	static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	static final int MAX_ENTRY_BYTES = 20 * 1024 * 1024;

	private static final XMLInputFactory XML = secureFactory();

	private CatalogueXlsx() {
	}

	/** Whether the bytes start like a zip archive (an XLSX workbook is one). */
	static boolean looksLikeXlsx(byte[] content) {
		return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/**
	 * @throws IllegalArgumentException when the bytes are not a readable workbook
	 */
	static List<CatalogueCsv.Row> parse(byte[] content) {
		Map<String, byte[]> entries = entries(content);
		if (!entries.containsKey(SHEET)) {
			throw new IllegalArgumentException("no first worksheet");
		}
		try {
			List<String> strings = entries.containsKey(SHARED_STRINGS) ? sharedStrings(entries.get(SHARED_STRINGS))
					: List.of();
			return rows(entries.get(SHEET), strings);
		}
		catch (XMLStreamException ex) {
			throw new IllegalArgumentException("unreadable worksheet", ex);
		}
	}

	private static Map<String, byte[]> entries(byte[] content) {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(SHEET) || entry.getName().equals(SHARED_STRINGS)) {
					entries.put(entry.getName(), readLimited(zip));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("not a workbook", ex);
		}
		return entries;
	}

	private static byte[] readLimited(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			out.write(buffer, 0, read);
			if (out.size() > MAX_ENTRY_BYTES) {
				throw new IOException("workbook entry too large");
			}
		}
		return out.toByteArray();
	}

	private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
		StringBuilder current = null;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("si")) {
				current = new StringBuilder();
			}
			else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("t")
					&& current != null) {
				current.append(reader.getElementText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("si")) {
				strings.add(current.toString());
				current = null;
			}
		}
		return strings;
	}

	private static List<CatalogueCsv.Row> rows(byte[] xml, List<String> strings) throws XMLStreamException {
		List<CatalogueCsv.Row> rows = new ArrayList<>();
		XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
		Map<Integer, String> cells = new TreeMap<>();
		int rowNumber = 0;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("row")) {
				rowNumber = rowNumber(reader.getAttributeValue(null, "r"), rowNumber + 1);
				cells.clear();
			}
			else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("c")) {
				cells.put(column(reader.getAttributeValue(null, "r"), cells.size()), cell(reader, strings));
			}
			else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("row")) {
				addRow(rows, rowNumber, cells);
			}
		}
		return rows;
	}

	private static void addRow(List<CatalogueCsv.Row> rows, int number, Map<Integer, String> cells) {
		if (cells.values().stream().allMatch(String::isBlank)) {
			return;
		}
		List<String> values = new ArrayList<>();
		int last = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
		for (int index = 0; index <= last; index++) {
			values.add(cells.getOrDefault(index, ""));
		}
		if (!values.get(0).startsWith("#")) {
			rows.add(new CatalogueCsv.Row(number, values));
		}
	}

	/** The value of the cell the reader stands on; leaves the reader on the cell's end tag. */
	private static String cell(XMLStreamReader reader, List<String> strings) throws XMLStreamException {
		String type = reader.getAttributeValue(null, "t");
		StringBuilder value = new StringBuilder();
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT
					&& (reader.getLocalName().equals("v") || reader.getLocalName().equals("t"))) {
				value.append(reader.getElementText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("c")) {
				break;
			}
		}
		return typed(type, value.toString(), strings);
	}

	private static String typed(String type, String raw, List<String> strings) {
		if ("s".equals(type)) {
			int index = Integer.parseInt(raw.strip());
			return index < strings.size() ? strings.get(index) : "";
		}
		if ("b".equals(type)) {
			return "1".equals(raw.strip()) ? "true" : "false";
		}
		return raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
	}

	/** Zero-based column of a cell reference such as {@code AB12}; the next column when the reference is absent. */
	static int column(String reference, int next) {
		if (reference == null) {
			return next;
		}
		int column = 0;
		for (char c : reference.toCharArray()) {
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private static int rowNumber(String reference, int next) {
		return reference == null ? next : Integer.parseInt(reference);
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

}

package org.zhifa.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CatalogueXlsxTest {

	@Test
	void shouldReadSharedInlineRichNumberAndBooleanCellsWhenWorkbookGiven() {
		String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
				+ "<c r=\"C1\" t=\"inlineStr\"><is><t>内联</t></is></c></row>"
				+ "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\"><v>46023.0</v></c>"
				+ "<c r=\"D4\" t=\"b\"><v>1</v></c></row></sheetData></worksheet>";
		String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<si><t>item_code</t></si><si><r><t>富</t></r><r><t>文本</t></r></si></sst>";

		List<CatalogueCsv.Row> rows = CatalogueXlsx.parse(Workbooks.zip(sheet, strings));

		assertThat(rows).extracting(CatalogueCsv.Row::number).containsExactly(1, 4);
		assertThat(rows.get(0).cells()).containsExactly("item_code", "", "内联");
		assertThat(rows.get(1).cells()).containsExactly("富文本", "46023", "", "true");
	}

	@Test
	void shouldReadTheShippedSeedWithoutProblemsWhenSavedAsWorkbook() {
		List<List<String>> cells = CatalogueCsv.parse(CatalogueSeed.read()).stream().map(CatalogueCsv.Row::cells)
			.toList();

		List<CatalogueCsv.Row> rows = CatalogueXlsx.parse(Workbooks.xlsx(cells));

		CatalogueRows.Result result = CatalogueRows.read(rows, CatalogueRowsTest.DIRECTORY);
		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).hasSize(cells.size() - 1);
	}

	@Test
	void shouldRefuseWhenBytesAreNotAWorkbook() {
		byte[] text = "item_code,item_name".getBytes(StandardCharsets.UTF_8);

		assertThat(CatalogueXlsx.looksLikeXlsx(text)).isFalse();
		assertThatThrownBy(() -> CatalogueXlsx.parse(text)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void shouldRefuseADocumentTypeDeclarationWhenWorkbookCarriesOne() {
		String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
				+ "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row>"
				+ "</sheetData></worksheet>";

		assertThatThrownBy(() -> CatalogueXlsx.parse(Workbooks.zip(sheet, "<sst/>")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}

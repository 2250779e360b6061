package org.zhifa.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.zhifa.organisation.OrganisationDirectory;
import org.zhifa.organisation.OrganisationProperties;
import org.zhifa.web.InvalidRequestException.FieldError;

class CatalogueRowsTest {

	static final OrganisationDirectory DIRECTORY = new OrganisationDirectory(
			new OrganisationProperties(new ClassPathResource("organisation/organisation.yml"), false, null), null);

	static final String HEADER = "item_code,item_name,line_area,scope,territorial,legal_basis,penalty_range,"
			+ "transfer_scope,supervision_duty,enforcement_duty,effective_from,effective_to,source\n";

	@Test
	void shouldReadTheShippedSeedWithoutProblemsWhenValidated() {
		CatalogueRows.Result result = CatalogueRows.read(CatalogueCsv.parse(CatalogueSeed.read()), DIRECTORY);

		Map<String, Long> perLineArea = result.items().stream()
			.collect(Collectors.groupingBy(CatalogueItem::lineArea, Collectors.counting()));
		assertThat(result.errors()).isEmpty();
		assertThat(perLineArea).hasSize(30);
		assertThat(perLineArea).allSatisfy((lineArea, count) -> assertThat(count).as(lineArea).isPositive());
		for (String body : List.of("MARKET_REGULATION", "PLANNING_RESOURCES", "TRANSPORT", "FINANCE", "AUDIT",
				"STATISTICS", "MEDICAL_INSURANCE", "JUSTICE")) {
			assertThat(perLineArea.get(body)).as(body).isGreaterThanOrEqualTo(5);
		}
		assertThat(result.items()).filteredOn(item -> item.itemName().contains("盗伐林木"))
			.extracting(CatalogueItem::scope).containsOnly(ItemScope.FORESTRY);
	}

	@Test
	void shouldReportEveryProblemOfEveryRowAtOnceWhenRowsInvalid() {
		String csv = HEADER
				+ "URBAN_MANAGEMENT-900,对甲的行政处罚,URBAN_MANAGEMENT,,true,《条例》第1条,50,全部,监管,查处,,,\n"
				+ "URBAN_MANAGEMENT-901,对乙的行政处罚,NOT_A_LINE,,false,《条例》第2条,50,全部,监管,查处,,,\n"
				+ "URBAN_MANAGEMENT-900,对丙的行政处罚,URBAN_MANAGEMENT,,maybe,《条例》第3条,50,大部分,监管,查处,,,\n"
				+ "FOREST_WATER-900,,FOREST_WATER,,false,,50,全部,监管,查处,2026-02-30,,\n"
				+ "TRANSPORT-900,对丁的行政处罚,交通运输,WETLAND,false,《法》第4条,50,不划转,监管,查处,2026-03-01,2026-02-01,\n";

		CatalogueRows.Result result = CatalogueRows.read(CatalogueCsv.parse(csv), DIRECTORY);

		assertThat(result.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
				"row 3 lineArea",
				"row 4 itemCode", "row 4 territorial", "row 4 transferScope",
				"row 5 itemName", "row 5 legalBasis", "row 5 scope", "row 5 effectiveFrom",
				"row 6 scope", "row 6 effectiveTo");
		assertThat(result.errors()).filteredOn(error -> error.field().equals("row 4 itemCode"))
			.extracting(FieldError::message).singleElement().asString().contains("第 2 行");
	}

	@Test
	void shouldNameMissingAndUnknownColumnsWhenHeaderWrong() {
		String csv = "item_code,item_name,colour\nX-001,对戊的行政处罚,red\n";

		CatalogueRows.Result result = CatalogueRows.read(CatalogueCsv.parse(csv), DIRECTORY);

		assertThat(result.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("header colour",
				"header line_area", "header legal_basis", "header transfer_scope", "header supervision_duty",
				"header enforcement_duty");
	}

	@Test
	void shouldAcceptLineAreaNamesAndChineseFlagsWhenSpreadsheetStyle() {
		String csv = HEADER + "FOREST_WATER-901,对己的行政处罚,林水,湿地,是,《条例》第5条,,全部,监管,查处,,,\n";

		CatalogueRows.Result result = CatalogueRows.read(CatalogueCsv.parse(csv), DIRECTORY);

		assertThat(result.errors()).isEmpty();
		assertThat(result.items()).singleElement().satisfies(item -> {
			assertThat(item.lineArea()).isEqualTo("FOREST_WATER");
			assertThat(item.scope()).isEqualTo(ItemScope.WETLAND);
			assertThat(item.territorial()).isTrue();
		});
	}

	@Test
	void shouldKeepSpreadsheetRowNumbersWhenFileHasCommentsQuotesAndByteOrderMark() {
		String csv = "\uFEFF# comment\r\nh1,h2\r\n\"a, \"\"quoted\"\"\",\"two\nlines\"\r\n\r\nlast,row\r\n";

		List<CatalogueCsv.Row> rows = CatalogueCsv.parse(csv);

		assertThat(rows).extracting(CatalogueCsv.Row::number).containsExactly(2, 3, 5);
		assertThat(rows.get(1).cells()).containsExactly("a, \"quoted\"", "two\nlines");
	}

}

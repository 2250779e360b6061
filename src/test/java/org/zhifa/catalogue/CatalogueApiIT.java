package org.zhifa.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.zhifa.routing.RoutingRequest;
import org.zhifa.routing.RoutingService;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

/**
 * Imports change the version in force, so this class gets a database of its own and leaves no version behind for
 * other test classes; the import that takes effect in the future runs last.
 */
@ZhifaIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogueApiIT {

	static final String ITEMS = "/api/v1/catalogue/items";

	static final String VERSIONS = "/api/v1/catalogue/versions";

	static final ObjectMapper JSON = new ObjectMapper();

	static final String VALID_ROW = "JUSTICE-900,对测试事项的行政处罚,JUSTICE,,false,《律师法》第55条,1-5倍,不划转,监管,查处,,,test\n";

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RoutingService routingService;

	@Test
	void shouldListTheItemsOfOneLineAreaWhenFiltered() throws Exception {
		HttpResponse<String> response = ApiClient.as(port, "auditor").get(ITEMS + "?lineArea=JUSTICE");

		JsonNode items = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(items.size()).isGreaterThanOrEqualTo(5);
		assertThat(items.findValuesAsText("lineArea")).containsOnly("JUSTICE");
		assertThat(items.findValuesAsText("legalBasis")).allMatch(basis -> basis.contains("《律师法》"));
	}

	@Test
	void shouldNameTheFilterWhenLineAreaOrVersionUnknown() throws Exception {
		HttpResponse<String> lineArea = ApiClient.as(port, "auditor").get(ITEMS + "?lineArea=NOPE");
		HttpResponse<String> version = ApiClient.as(port, "auditor").get(ITEMS + "?version=999");

		assertThat(lineArea.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(lineArea.body()).findValuesAsText("field")).containsExactly("lineArea");
		assertThat(version.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(version.body()).findValuesAsText("field")).containsExactly("version");
	}

	@Test
	void shouldRefuseTheImportWhenUserIsNotProcessAdmin() {
		int versions = catalogue.versions().size();

		HttpResponse<String> response = importCsv("xihu-officer-1", CatalogueSeed.read(),
				LocalDate.now(Catalogue.ZONE));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(catalogue.versions()).hasSize(versions);
	}

	@Test
	void shouldReportEveryRowAndKeepThePreviousVersionUntouchedWhenAnyRowFails() throws Exception {
		CatalogueVersion before = catalogue.versionInForce().orElseThrow();
		List<CatalogueItem> itemsBefore = catalogue.items(before.version(), null, null);
		String csv = CatalogueSeed.read() + "JUSTICE-901,,JUSTICE,,false,《律师法》第55条,,不划转,监管,查处,,,\n"
				+ "JUSTICE-902,对测试的行政处罚,NOPE,,false,《律师法》第55条,,不划转,监管,查处,2026-13-01,,\n";
		int lines = (int) csv.lines().count();

		HttpResponse<String> response = importCsv("process-admin", csv, LocalDate.now(Catalogue.ZONE));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).findValuesAsText("field")).containsExactly(
				"row " + (lines - 1) + " itemName", "row " + lines + " lineArea", "row " + lines + " effectiveFrom");
		assertThat(catalogue.versionInForce()).contains(before);
		assertThat(catalogue.versions()).last().isEqualTo(before);
		assertThat(catalogue.items(before.version(), null, null)).isEqualTo(itemsBefore);
	}

	@Test
	void shouldPutTheNewVersionInForceAndLeaveTheOldOneWhenProcessAdminImports() throws Exception {
		int routedWith = routingService.route(new RoutingRequest("JUSTICE", null, null, null)).catalogueVersion();
		List<CatalogueItem> oldItems = catalogue.items(routedWith, null, null);

		HttpResponse<String> response = importCsv("process-admin", CatalogueSeed.read() + VALID_ROW,
				LocalDate.now(Catalogue.ZONE));

		JsonNode version = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(version.path("version").asInt()).isEqualTo(routedWith + 1);
		assertThat(version.path("importedBy").asText()).isEqualTo("process-admin");
		assertThat(routingService.route(new RoutingRequest(null, "JUSTICE-900", null, null)))
			.satisfies(result -> assertThat(result.handlingBody()).isEqualTo("JUSTICE"))
			.satisfies(result -> assertThat(result.catalogueVersion()).isEqualTo(routedWith + 1));
		assertThat(catalogue.items(routedWith, null, null)).isEqualTo(oldItems);
	}

	@Test
	void shouldImportAnUploadedFileWhenSentAsMultipartForm() throws Exception {
		String boundary = "zhifa-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"effectiveFrom\"\r\n\r\n"
				+ LocalDate.now(Catalogue.ZONE) + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n上传测试\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catalogue.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + CatalogueSeed.read() + "\r\n--" + boundary + "--\r\n";

		HttpResponse<String> response = ApiClient.as(port, "admin").send(ApiClient.as(port, "admin")
			.request(VERSIONS)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(response.body()).path("sourceName").asText()).isEqualTo("catalogue.csv");
	}

	@Test
	void shouldImportAWorkbookAndNameTheSheetRowWhenUploadedAsXlsx() throws Exception {
		List<List<String>> seed = CatalogueCsv.parse(CatalogueSeed.read()).stream().map(CatalogueCsv.Row::cells)
			.toList();
		List<String> valid = List.of("JUSTICE-903", "对工作簿事项的行政处罚", "司法", "", "否", "《律师法》第55条", "",
				"不划转", "监管", "查处", "46023", "", "");
		List<String> invalid = List.of("JUSTICE-904", "对工作簿事项的行政处罚", "NOPE", "", "否", "《律师法》第55条", "",
				"不划转", "监管", "查处", "", "", "");

		HttpResponse<String> imported = uploadWorkbook(Workbooks.xlsx(concat(seed, List.of(valid))));
		HttpResponse<String> refused = uploadWorkbook(Workbooks.xlsx(concat(seed, List.of(valid, invalid))));

		assertThat(imported.statusCode()).isEqualTo(201);
		int version = JSON.readTree(imported.body()).path("version").asInt();
		assertThat(catalogue.item(version, "JUSTICE-903")).get()
			.satisfies(item -> assertThat(item.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1)));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(refused.body()).findValuesAsText("field"))
			.containsExactly("row " + (seed.size() + 2) + " lineArea");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void shouldKeepTheCurrentVersionInForceWhenTheNewOneTakesEffectLater() throws Exception {
		CatalogueVersion current = catalogue.versionInForce().orElseThrow();
		LocalDate later = LocalDate.of(2099, 1, 1);

		HttpResponse<String> response = importCsv("process-admin", CatalogueSeed.read(), later);
		HttpResponse<String> earlier = importCsv("process-admin", CatalogueSeed.read(), later.minusDays(1));

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(catalogue.versionInForce()).contains(current);
		assertThat(catalogue.versionInForce(later).orElseThrow().version()).isEqualTo(current.version() + 1);
		assertThat(earlier.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(earlier.body()).findValuesAsText("field")).containsExactly("effectiveFrom");
	}

	private static List<List<String>> concat(List<List<String>> first, List<List<String>> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

	private HttpResponse<String> uploadWorkbook(byte[] workbook) {
		String boundary = "zhifa-boundary";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"effectiveFrom\"\r\n\r\n"
				+ LocalDate.now(Catalogue.ZONE) + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\nworkbook\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"catalogue.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		ApiClient client = ApiClient.as(port, "process-admin");
		return client.send(client.request(VERSIONS)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8),
					HttpRequest.BodyPublishers.ofByteArray(workbook), HttpRequest.BodyPublishers.ofByteArray(tail))));
	}

	private HttpResponse<String> importCsv(String userId, String csv, LocalDate effectiveFrom) {
		ApiClient client = ApiClient.as(port, userId);
		return client.send(client.request(VERSIONS + "?effectiveFrom=" + effectiveFrom + "&label=test")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
	}

}

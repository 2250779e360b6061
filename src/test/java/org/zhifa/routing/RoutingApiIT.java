package org.zhifa.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

@ZhifaIntegrationTest
class RoutingApiIT {

	static final String EVALUATE = "/api/v1/routing/evaluate";

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	HistoryService historyService;

	@Test
	void shouldAnswerBodySquadRulesAndCatalogueVersionWhenOfficerAsksAboutAnItem() throws Exception {
		HttpResponse<String> response = ApiClient.as(port, "xixi-officer-1")
			.post(EVALUATE, "{\"itemCode\":\"FOREST_WATER-033\",\"areaCode\":\"XIXI_PARK\"}");

		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.path("handlingBody").asText()).isEqualTo("COMPREHENSIVE");
		assertThat(body.path("squad").asText()).isEqualTo("squad-xixi");
		assertThat(body.path("rules")).extracting(JsonNode::asText)
			.containsExactly("Rule_Body_ForestWaterComprehensive", "Rule_Squad_TerritorialXixi");
		assertThat(body.path("catalogueVersion").asInt()).isEqualTo(catalogue.versionInForce().orElseThrow().version());
	}

	@Test
	void shouldTransferToTheDistrictWithoutSquadWhenOutsideJurisdiction() throws Exception {
		HttpResponse<String> response = ApiClient.as(port, "dispatcher")
			.post(EVALUATE, "{\"lineArea\":\"MARKET_REGULATION\",\"areaCode\":\"OUTSIDE\"}");

		JsonNode body = JSON.readTree(response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body.path("handlingBody").asText()).isEqualTo("DISTRICT");
		assertThat(body.has("squad")).isFalse();
		assertThat(body.path("rules")).extracting(JsonNode::asText).containsExactly("Rule_Body_OutsideJurisdiction");
	}

	@Test
	void shouldNameLineAreaAndAreaCodeWhenBothUnknown() throws Exception {
		HttpResponse<String> response = ApiClient.as(port, "xihu-officer-1")
			.post(EVALUATE, "{\"lineArea\":\"NOPE\",\"areaCode\":\"MOON\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(errorFields(response)).containsExactly("lineArea", "areaCode");
	}

	@Test
	void shouldNameItemCodeWhenItemUnknown() throws Exception {
		HttpResponse<String> response = ApiClient.as(port, "xihu-officer-1")
			.post(EVALUATE, "{\"itemCode\":\"NOPE-001\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(errorFields(response)).containsExactly("itemCode");
	}

	@Test
	void shouldNameLineAreaWhenNeitherLineAreaNorItemGiven() throws Exception {
		HttpResponse<String> response = ApiClient.as(port, "xihu-officer-1")
			.post(EVALUATE, "{\"areaCode\":\"XIHU_STREET\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(errorFields(response)).containsExactly("lineArea");
	}

	@Test
	void shouldWriteNoDecisionHistoryWhenEvaluating() {
		long before = historyService.createHistoricDecisionInstanceQuery().count();

		HttpResponse<String> response = ApiClient.as(port, "admin")
			.post(EVALUATE, "{\"lineArea\":\"URBAN_MANAGEMENT\",\"areaCode\":\"XIHU_STREET\",\"territorial\":true}");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(historyService.createHistoricDecisionInstanceQuery().count()).isEqualTo(before);
	}

	@Test
	void shouldRefuseWhenNotAuthenticated() {
		HttpResponse<String> response = ApiClient.anonymous(port).post(EVALUATE, "{\"lineArea\":\"TRANSPORT\"}");

		assertThat(response.statusCode()).isEqualTo(401);
	}

	private static java.util.List<String> errorFields(HttpResponse<String> response) throws Exception {
		return JSON.readTree(response.body()).path("errors").findValuesAsText("field");
	}

}

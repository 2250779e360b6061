package org.zhifa.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.CatalogueItem;
import org.zhifa.catalogue.ItemScope;
import org.zhifa.test.ZhifaIntegrationTest;
import org.zhifa.web.InvalidRequestException;

@ZhifaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutingServiceIT {

	static final String CHECK_PROCESS = "RoutingCheckProcess";

	static final String XIXI_FISHING_ITEM = "FOREST_WATER-023";

	@Autowired
	RoutingService routingService;

	@Autowired
	Catalogue catalogue;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@BeforeAll
	void deployCheckProcess() {
		repositoryService.createDeployment()
			.addClasspathResource("routing/routing-check-process.bpmn")
			.enableDuplicateFiltering(true)
			.name("routing-check")
			.deploy();
	}

	@Test
	void shouldRouteEveryCatalogueItemToTheBodyOfItsLineAreaWhenInsideJurisdiction() {
		Map<String, String> bodies = DecisionCases.read("routing/line-area-bodies.csv").stream().skip(1)
			.collect(Collectors.toMap(row -> row[0], row -> row[1]));
		List<CatalogueItem> items = itemsInForce();

		for (CatalogueItem item : items) {
			RoutingResult result = route(item.itemCode(), "XIHU_STREET");

			assertThat(result.handlingBody()).as(item.itemCode()).isEqualTo(expectedBody(item, bodies));
		}
		assertThat(items).extracting(CatalogueItem::lineArea).containsAll(bodies.keySet());
	}

	@Test
	void shouldSendGeneralForestryToPlanningAndScenicItemsToTheEcoSquadWhenForestWater() {
		RoutingResult illegalLogging = route("FOREST_WATER-050", "SCENIC_AREA");
		RoutingResult quarrying = route("FOREST_WATER-001", "SCENIC_AREA");
		RoutingResult swimmingInXixi = route("FOREST_WATER-033", "XIXI_PARK");

		assertThat(illegalLogging.handlingBody()).isEqualTo("PLANNING_RESOURCES");
		assertThat(illegalLogging.squad()).isNull();
		assertThat(quarrying.handlingBody()).isEqualTo("COMPREHENSIVE");
		assertThat(quarrying.squad()).isEqualTo("squad-pro-eco");
		assertThat(swimmingInXixi.squad()).isEqualTo("squad-xixi");
	}

	@Test
	void shouldSendToManualDispatchWhenNoRuleDecidesTheItem() {
		RoutingResult forestWaterWithoutItem = routingService
			.route(new RoutingRequest("FOREST_WATER", null, null, false));

		assertThat(forestWaterWithoutItem.handlingBody()).isEqualTo(RoutingDecisions.MANUAL_DISPATCH);
		assertThat(forestWaterWithoutItem.rules()).containsExactly("Rule_Body_ManualDispatch");
	}

	@Test
	void shouldRecordTheCatalogueVersionInForceWhenRouting() {
		RoutingResult result = routingService.route(new RoutingRequest("TRANSPORT", null, null, null));

		assertThat(result.catalogueVersion()).isEqualTo(catalogue.versionInForce().orElseThrow().version());
	}

	@Test
	void shouldNameEveryUnknownFieldWhenRequestInvalid() {
		assertThatThrownBy(() -> routingService.route(new RoutingRequest("NOPE", "NOPE-001", "MOON", null)))
			.isInstanceOfSatisfying(InvalidRequestException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidRequestException.FieldError::field)
				.containsExactlyInAnyOrder("lineArea", "itemCode", "areaCode"));
	}

	@Test
	void shouldGiveTheSameAnswerAsABusinessRuleTaskWhenSameInput() {
		List<RoutingRequest> requests = new ArrayList<>();
		for (CatalogueItem item : itemsInForce()) {
			for (String area : Arrays.asList("XIHU_STREET", "XIXI_PARK", "OUTSIDE", null)) {
				requests.add(new RoutingRequest(null, item.itemCode(), area, null));
			}
		}
		requests.add(new RoutingRequest("FOREST_WATER", null, "XIHU_STREET", true));
		requests.add(new RoutingRequest("URBAN_MANAGEMENT", null, null, true));

		for (RoutingRequest request : requests) {
			RoutingResult whatIf = routingService.route(request);
			VariableMap process = runCheckProcess(routingService.decisionVariables(request));

			assertThat(process.getValue(RoutingDecisions.HANDLING_BODY, String.class)).as(request.toString())
				.isEqualTo(whatIf.handlingBody());
			assertThat(process.getValue(RoutingDecisions.SQUAD, String.class)).as(request.toString())
				.isEqualTo(whatIf.squad());
		}
	}

	private RoutingResult route(String itemCode, String areaCode) {
		return routingService.route(new RoutingRequest(null, itemCode, areaCode, null));
	}

	private VariableMap runCheckProcess(VariableMap variables) {
		return runtimeService.createProcessInstanceByKey(CHECK_PROCESS)
			.setVariables(variables)
			.executeWithVariablesInReturn()
			.getVariables();
	}

	private List<CatalogueItem> itemsInForce() {
		return catalogue.items(catalogue.versionInForce().orElseThrow().version(), null, null);
	}

	private static String expectedBody(CatalogueItem item, Map<String, String> bodies) {
		if (XIXI_FISHING_ITEM.equals(item.itemCode())) {
			return RoutingDecisions.DISTRICT;
		}
		if (item.scope() == ItemScope.FORESTRY || item.scope() == ItemScope.WATER_CONSERVANCY) {
			return "PLANNING_RESOURCES";
		}
		return bodies.get(item.lineArea());
	}

}

package org.zhifa.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.CatalogueItem;
import org.zhifa.routing.RoutingDecisions;
import org.zhifa.routing.RoutingRequest;
import org.zhifa.routing.RoutingService;
import org.zhifa.test.ApiClient;
import org.zhifa.test.ZhifaIntegrationTest;

/**
 * Routing decisions per second on the same inputs (every catalogue item at four places), in one run: through
 * {@code POST /api/v1/routing/evaluate}, through {@link RoutingService} in-process, and through a bare DMN engine on
 * the shipped tables. One routing is the handling-body table plus, for comprehensive items, the squad table.
 * Figures go to {@code target/benchmarks/routing.txt}. Run with {@code -Pbenchmark}.
 */
@Tag("benchmark")
@ZhifaIntegrationTest
class RoutingBenchmark {

	static final int WARM_UP_ROUNDS = 2;

	static final int MEASURED_ROUNDS = 3;

	static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	RoutingService routingService;

	@Autowired
	Catalogue catalogue;

	@Test
	void shouldMeasureRoutingThroughTheApiTheServiceAndTheRawEngine() throws IOException {
		List<RoutingRequest> requests = requests();
		List<String> bodies = new ArrayList<>();
		for (RoutingRequest request : requests) {
			bodies.add(JSON.writeValueAsString(request));
		}
		List<VariableMap> variables = requests.stream().map(routingService::decisionVariables).toList();
		RawTables raw = new RawTables(false);
		ApiClient client = ApiClient.as(port, "xihu-officer-1");

		Measurement api = measure("POST /api/v1/routing/evaluate", requests.size(), index -> {
			HttpResponse<String> response = client.post("/api/v1/routing/evaluate", bodies.get(index));
			assertThat(response.statusCode()).isEqualTo(200);
		});
		Measurement service = measure("RoutingService.route (in-process)", requests.size(),
				index -> routingService.route(requests.get(index)));
		Measurement engine = measure("raw DMN engine, same tables and inputs", requests.size(),
				index -> raw.route(variables.get(index)));
		Measurement baseline = measure("GET /api/v1/catalogue/versions (baseline)", requests.size(), index -> {
			assertThat(client.get("/api/v1/catalogue/versions").statusCode()).isEqualTo(200);
		});
		RawTables legacy = new RawTables(true);
		Measurement legacyFeel = measure("raw DMN engine, legacy FEEL (comparison)", requests.size(),
				index -> legacy.route(variables.get(index)));

		write(requests.size(), List.of(api, service, engine, baseline, legacyFeel));
	}

	private List<RoutingRequest> requests() {
		int version = catalogue.versionInForce().orElseThrow().version();
		List<RoutingRequest> requests = new ArrayList<>();
		for (CatalogueItem item : catalogue.items(version, null, null)) {
			for (String area : Arrays.asList("XIHU_STREET", "XIXI_PARK", "OUTSIDE", null)) {
				requests.add(new RoutingRequest(null, item.itemCode(), area, null));
			}
		}
		return requests;
	}

	private static Measurement measure(String path, int size, IntConsumer call) {
		for (int round = 0; round < WARM_UP_ROUNDS; round++) {
			for (int index = 0; index < size; index++) {
				call.accept(index);
			}
		}

		long[] latencies = new long[size * MEASURED_ROUNDS];
		long start = System.nanoTime();
		for (int round = 0; round < MEASURED_ROUNDS; round++) {
			for (int index = 0; index < size; index++) {
				long before = System.nanoTime();
				call.accept(index);
				latencies[round * size + index] = System.nanoTime() - before;
			}
		}
		long elapsed = System.nanoTime() - start;
		Arrays.sort(latencies);
		return new Measurement(path, latencies.length, elapsed, latencies[latencies.length / 2],
				latencies[(int) (latencies.length * 0.99)]);
	}

	private static void write(int inputs, List<Measurement> measurements) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("Routing benchmark (RoutingBenchmark): ").append(inputs)
			.append(" inputs (every catalogue item x XIHU_STREET, XIXI_PARK, OUTSIDE, none), ")
			.append(WARM_UP_ROUNDS).append(" warm-up and ").append(MEASURED_ROUNDS)
			.append(" measured rounds, one thread, in-memory H2, Java ").append(System.getProperty("java.version"))
			.append(", ").append(Runtime.getRuntime().availableProcessors()).append(" processors\n");
		for (Measurement measurement : measurements) {
			text.append(measurement.line()).append('\n');
		}
		Path file = Path.of("target", "benchmarks", "routing.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		System.out.print(text);
	}

	/** Timings of one path. */
	record Measurement(String path, int routings, long elapsedNanos, long p50Nanos, long p99Nanos) {

		String line() {
			double perSecond = routings / (elapsedNanos / 1e9);
			return String.format(Locale.ROOT, "%-48s %8.0f routings/s   p50 %7.3f ms   p99 %7.3f ms   (%d routings)",
					path, perSecond, p50Nanos / 1e6, p99Nanos / 1e6, routings);
		}

	}

	/**
	 * The shipped tables on a plain DMN engine: no database, no HTTP, no catalogue lookup. The legacy (JUEL-based)
	 * FEEL engine is measured for comparison only; the application uses the default FEEL engine.
	 */
	static final class RawTables {

		private final DmnEngine engine;

		private final DmnDecision body;

		private final DmnDecision squad;

		RawTables(boolean legacyFeel) {
			DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
				.createDefaultDmnEngineConfiguration();
			engine = configuration.enableFeelLegacyBehavior(legacyFeel).buildEngine();
			body = parse("dmn/handling-body-decision.dmn", RoutingDecisions.HANDLING_BODY_DECISION);
			squad = parse("dmn/squad-decision.dmn", RoutingDecisions.SQUAD_DECISION);
		}

		String route(VariableMap variables) {
			String handlingBody = engine.evaluateDecisionTable(body, variables).getSingleEntry();
			if (RoutingDecisions.COMPREHENSIVE.equals(handlingBody)) {
				return engine.evaluateDecisionTable(squad, variables).getSingleEntry();
			}
			return handlingBody;
		}

		private DmnDecision parse(String file, String key) {
			try (InputStream in = new ClassPathResource(file).getInputStream()) {
				return engine.parseDecision(key, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

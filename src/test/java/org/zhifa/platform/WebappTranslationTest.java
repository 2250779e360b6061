package org.zhifa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale of each Camunda webapp has an entry for every key of the webjar's English locale, keeping its
 * placeholders.
 */
class WebappTranslationTest {

	private static final String LOCALE = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");

	private static final ObjectMapper MAPPER = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "admin", "cockpit", "tasklist", "welcome" })
	void shouldHaveChineseEntryWhenEnglishHasKey(String app) {
		JsonNode english = read(app, "en");

		assertThat(leaves(english)).as("keys of the English locale of %s", app).isNotEmpty();
		assertThat(missingKeys(english, read(app, "zh")))
			.as("keys of %s/locales/en.json without a Chinese entry in zh.json", app)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "cockpit", "tasklist", "welcome" })
	void shouldKeepPlaceholdersWhenEnglishValueHasThem(String app) {
		assertThat(lostPlaceholders(read(app, "en"), read(app, "zh")))
			.as("placeholders of %s/locales/en.json missing from the Chinese value", app)
			.isEmpty();
	}

	@Test
	void shouldReportKeyWhenChineseEntryIsMissing() throws IOException {
		JsonNode english = MAPPER.readTree("{\"labels\": {\"A\": \"Start\", \"B\": \"Stop\", \"C\": {\"D\": \"Go\"}}}");
		JsonNode chinese = MAPPER.readTree("{\"labels\": {\"A\": \"启动\", \"C\": \"前往\"}}");

		assertThat(missingKeys(english, chinese)).containsExactly("labels.B", "labels.C.D");
	}

	@Test
	void shouldReportPlaceholderWhenChineseValueLacksIt() throws IOException {
		JsonNode english = MAPPER.readTree("{\"A\": \"{{ count }} of {{total}} tasks\", \"B\": \"{{name}}\"}");
		JsonNode chinese = MAPPER.readTree("{\"A\": \"{{total}} 个任务中的 {{count}} 个\", \"B\": \"名称\"}");

		assertThat(lostPlaceholders(english, chinese)).containsExactly("B: {{name}}");
	}

	private static List<String> missingKeys(JsonNode english, JsonNode chinese) {
		Map<String, JsonNode> translated = leaves(chinese);
		return leaves(english).keySet().stream().filter(path -> !translated.containsKey(path)).toList();
	}

	private static List<String> lostPlaceholders(JsonNode english, JsonNode chinese) {
		Map<String, JsonNode> translated = leaves(chinese);
		List<String> lost = new ArrayList<>();
		leaves(english).forEach((path, value) -> {
			JsonNode translation = translated.get(path);
			if (value.isTextual() && translation != null) {
				Set<String> present = placeholders(translation.asText());
				placeholders(value.asText()).stream()
					.filter(placeholder -> !present.contains(placeholder))
					.forEach(placeholder -> lost.add(path + ": " + placeholder));
			}
		});
		return lost;
	}

	/** The placeholders of a text with their whitespace removed, so that {{ name }} matches {{name}}. */
	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replaceAll("\\s+", ""));
		}
		return found;
	}

	/** The values of a locale by dotted key path; arrays (the date names) count as one value. */
	private static Map<String, JsonNode> leaves(JsonNode node) {
		Map<String, JsonNode> leaves = new LinkedHashMap<>();
		collect("", node, leaves);
		return leaves;
	}

	private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
		if (node.isObject()) {
			node.properties().forEach(entry -> collect(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
					entry.getValue(), leaves));
		}
		else {
			leaves.put(path, node);
		}
	}

	private static JsonNode read(String app, String locale) {
		String resource = LOCALE.formatted(app, locale);
		URL url = WebappTranslationTest.class.getClassLoader().getResource(resource);
		assertThat(url).as("classpath resource %s", resource).isNotNull();
		try (InputStream in = url.openStream()) {
			return MAPPER.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

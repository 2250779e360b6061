package org.zhifa.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.springframework.core.io.Resource;

/**
 * Reads the named periods ({@code calendar/periods.yml}) and an administrator's local values for the periods that
 * are not fixed by law. A local file that touches a fixed period, or names an unknown line area, stops the start.
 */
final class PeriodFile {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

	private PeriodFile() {
	}

	/**
	 * @param shipped the periods as released
	 * @param local the administrator's values, or null
	 * @param knownLineArea which line-area codes exist
	 */
	static StatutoryPeriods read(Resource shipped, Resource local, Predicate<String> knownLineArea) {
		Map<String, StatutoryPeriod> periods = new LinkedHashMap<>();
		contents(shipped).periods().forEach((name, entry) -> periods.put(name, entry.toPeriod(name, shipped)));
		if (local != null) {
			contents(local).periods()
				.forEach((name, entry) -> periods.put(name, override(periods, name, entry, local)));
		}
		periods.values().forEach(period -> checkLineAreas(period, knownLineArea));
		return new StatutoryPeriods(periods.values());
	}

	private static StatutoryPeriod override(Map<String, StatutoryPeriod> periods, String name, Entry entry,
			Resource local) {
		StatutoryPeriod shipped = periods.get(name);
		if (shipped == null) {
			throw invalid(local, "unknown period " + name);
		}
		if (shipped.fixed()) {
			throw invalid(local, name + " is fixed by law (" + shipped.article() + ") and cannot be changed");
		}

		TimeLimit limit = entry.amount() == null ? shipped.limit() : entry.limit(name, local);
		Map<String, TimeLimit> lineAreas = new HashMap<>(shipped.lineAreas());
		lineAreas.putAll(entry.lineAreaLimits(name, local));
		String article = entry.article() == null ? shipped.article() : entry.article();
		return new StatutoryPeriod(name, shipped.title(), limit, article, false, lineAreas);
	}

	private static void checkLineAreas(StatutoryPeriod period, Predicate<String> knownLineArea) {
		period.lineAreas().keySet().stream().filter(knownLineArea.negate()).findFirst().ifPresent(code -> {
			throw new IllegalStateException("Period " + period.name() + " names unknown line area " + code);
		});
	}

	private static Contents contents(Resource file) {
		try (InputStream in = file.getInputStream()) {
			Contents contents = YAML.readValue(in, Contents.class);
			if (contents == null || contents.periods() == null) {
				throw invalid(file, "no periods");
			}
			return contents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Period file cannot be read: " + file.getDescription(), ex);
		}
	}

	private static IllegalStateException invalid(Resource file, String problem) {
		return new IllegalStateException("Period file " + file.getDescription() + ": " + problem);
	}

	/** The file: periods by name. */
	record Contents(Map<String, Entry> periods) {
	}

	/** One period as written in the file. */
	record Entry(Integer amount, PeriodUnit unit, Boolean fixed, String title, String article,
			Map<String, Limit> lineAreas) {

		StatutoryPeriod toPeriod(String name, Resource file) {
			if (fixed == null || article == null) {
				throw invalid(file, name + " needs fixed and article");
			}
			return new StatutoryPeriod(name, title, limit(name, file), article, fixed, lineAreaLimits(name, file));
		}

		TimeLimit limit(String name, Resource file) {
			return new Limit(amount, unit).toLimit(name, file);
		}

		Map<String, TimeLimit> lineAreaLimits(String name, Resource file) {
			Map<String, TimeLimit> limits = new HashMap<>();
			if (lineAreas != null) {
				lineAreas.forEach((code, limit) -> limits.put(code, limit.toLimit(name + "." + code, file)));
			}
			return limits;
		}

	}

	/** An amount and a unit as written in the file. */
	record Limit(Integer amount, PeriodUnit unit) {

		TimeLimit toLimit(String name, Resource file) {
			if (amount == null || unit == null || amount < 0) {
				throw invalid(file, name + " needs an amount of zero or more and a unit");
			}
			return new TimeLimit(amount, unit);
		}

	}

}

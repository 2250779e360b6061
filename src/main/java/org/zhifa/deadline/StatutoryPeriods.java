package org.zhifa.deadline;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The named time limits: the statutory ones as shipped, the local conventions with the values an administrator set.
 */
public class StatutoryPeriods {

	private final Map<String, StatutoryPeriod> periods;

	public StatutoryPeriods(Collection<StatutoryPeriod> periods) {
		this.periods = new TreeMap<>();
		periods.forEach(period -> this.periods.put(period.name(), period));
	}

	public Optional<StatutoryPeriod> find(String name) {
		return Optional.ofNullable(periods.get(name));
	}

	/**
	 * @throws IllegalArgumentException if no period has this name, so that a typing error in a model fails loudly
	 */
	public StatutoryPeriod get(String name) {
		return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown statutory period: " + name));
	}

	public Collection<StatutoryPeriod> all() {
		return periods.values();
	}

}

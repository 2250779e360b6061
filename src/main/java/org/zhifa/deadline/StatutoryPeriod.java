package org.zhifa.deadline;

import java.util.Map;
import java.util.Objects;

/**
 * A named time limit, such as {@code hearingRequest}: 5 working days, 行政处罚法 Art 64.
 *
 * @param name the name processes use ({@code deadlines.due('hearingRequest', noticeServedAt)})
 * @param title what the period is for, in Chinese
 * @param limit the default length
 * @param article the legal basis
 * @param fixed whether a statute sets it, so that no configuration may change it
 * @param lineAreas lengths that differ by line area (条线); only for periods that are not fixed
 */
public record StatutoryPeriod(String name, String title, TimeLimit limit, String article, boolean fixed,
		Map<String, TimeLimit> lineAreas) {

	public StatutoryPeriod {
		Objects.requireNonNull(name, "name must not be null");
		Objects.requireNonNull(limit, "limit of " + name + " must not be null");
		lineAreas = lineAreas == null ? Map.of() : Map.copyOf(lineAreas);
		if (fixed && !lineAreas.isEmpty()) {
			throw new IllegalArgumentException(name + " is fixed by law and cannot differ by line area");
		}
	}

	/** The length for a line area, or the default when the line area is null or has no value of its own. */
	public TimeLimit limitFor(String lineArea) {
		return lineArea == null ? limit : lineAreas.getOrDefault(lineArea, limit);
	}

}

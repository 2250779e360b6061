package org.zhifa.organisation;

import java.util.List;
import java.util.Optional;

/**
 * The organisation as shipped data: roles, areas, line areas and units (design.md sections 1 and 2).
 *
 * @param roles the roles, each a Camunda group
 * @param areas where a clue can occur
 * @param lineAreas the 条线 and which body handles each
 * @param units command centre, teams, squads, departments, territorial units, each a Camunda group
 */
public record Organisation(List<Role> roles, List<Area> areas, List<LineArea> lineAreas, List<Unit> units) {

	public Organisation {
		roles = List.copyOf(roles);
		areas = List.copyOf(areas);
		lineAreas = List.copyOf(lineAreas);
		units = List.copyOf(units);
	}

	public Optional<Unit> unit(String code) {
		return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
	}

	public Optional<Area> area(String code) {
		return areas.stream().filter(area -> area.code().equals(code)).findFirst();
	}

	public Optional<LineArea> lineArea(String code) {
		return lineAreas.stream().filter(lineArea -> lineArea.code().equals(code)).findFirst();
	}

	public List<Unit> squads() {
		return units.stream().filter(unit -> unit.kind() == UnitKind.SQUAD).toList();
	}

	/** The business departments of the line areas (职能部门), whose reviewers review the major cases of their line. */
	public List<Unit> businessDepartments() {
		return units.stream().filter(unit -> unit.kind() == UnitKind.BUSINESS_DEPARTMENT).toList();
	}

	/** The business department whose line areas include this one, if any. */
	public Optional<Unit> departmentOf(String lineAreaCode) {
		return businessDepartments().stream().filter(unit -> unit.lineAreas().contains(lineAreaCode)).findFirst();
	}

	/**
	 * The group of a squad's leaders, to which the squad's approvals are offered, so that a squad leader sees only the
	 * approvals of their own squad.
	 */
	public static String leadersOf(String squadCode) {
		return squadCode + LEADERS_SUFFIX;
	}

	/** Suffix of the leader group of each squad, e.g. {@code squad-xixi-leaders}. */
	public static final String LEADERS_SUFFIX = "-leaders";

	/** The role of squad leaders. */
	public static final String SQUAD_LEADER = "squad-leader";

	/**
	 * The group of a business department's reviewers, to which the department review of a major case of its line
	 * area is offered (seed (四)12), so that a reviewer sees only the cases of their own department.
	 */
	public static String reviewersOf(String departmentCode) {
		return departmentCode + REVIEWERS_SUFFIX;
	}

	/** Suffix of the reviewer group of each business department, e.g. {@code DEPT_LANDSCAPE_GREENING-reviewers}. */
	public static final String REVIEWERS_SUFFIX = "-reviewers";

	/** The role of the business departments' reviewers. */
	public static final String DEPT_REVIEWER = "dept-reviewer";

	public boolean hasRole(String code) {
		return roles.stream().anyMatch(role -> role.code().equals(code));
	}

	/** A role, also the id of its Camunda group. */
	public record Role(String code, String name) {
	}

	/** A place where a clue can occur; outside the jurisdiction means transfer to the district. */
	public record Area(String code, String name, boolean jurisdiction) {
	}

	/** A line area (条线) and the code of the body that handles it. */
	public record LineArea(String code, String name, String handledBy) {
	}

	/**
	 * A unit: a Camunda group whose members work for it.
	 * @param lineAreas the line areas a squad or department covers
	 * @param areas the areas a squad or territorial unit is stationed in
	 */
	public record Unit(String code, String name, UnitKind kind, String parent, List<String> lineAreas,
			List<String> areas) {

		public Unit {
			lineAreas = lineAreas == null ? List.of() : List.copyOf(lineAreas);
			areas = areas == null ? List.of() : List.copyOf(areas);
		}

	}

	/** What kind of body a unit is. */
	public enum UnitKind {

		COMMAND_CENTRE, ENFORCEMENT_TEAM, SUB_CENTRE, SQUAD, PROFESSIONAL_TEAM, DEPARTMENT, BUSINESS_DEPARTMENT,
		TERRITORIAL_UNIT, LEGAL_OFFICE, SUPERVISION, COMMITTEE

	}

}

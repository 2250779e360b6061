package org.zhifa.intake;

/**
 * Where a clue comes from; each source brings fields of its own (see {@link ClueRegistration}).
 */
public enum ClueSource {

	/** 巡查: found by an officer or auxiliary on patrol. */
	PATROL,

	/** 投诉举报: a complaint or report; the complainant may be owed a reply. */
	COMPLAINT,

	/** 部门移送: transferred by a business department or territorial unit, with its evidence. */
	DEPARTMENT_TRANSFER,

	/** 指挥中心派单: dispatched by the command centre. */
	COMMAND_DISPATCH,

	/** 非现场执法: captured by a device; the record must be reviewed before it is used as evidence (Art 41). */
	NON_SITE_CAPTURE,

	/** 上级交办: assigned by a superior organ. */
	SUPERIOR_ASSIGNMENT,

	/** 综合查一次: found in a joint inspection. */
	JOINT_INSPECTION

}

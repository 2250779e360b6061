package org.zhifa.review;

/** Which review a reviewer gave. */
public enum ReviewKind {

	/** 职能部门审核: the business department of the case's line area (seed (四)12). */
	DEPARTMENT,

	/** 法制审核: the safety office's legal review (行政处罚法 Art 58). */
	LEGAL,

	/** 分管领导审批: the enforcement leader's approval. */
	LEADER

}

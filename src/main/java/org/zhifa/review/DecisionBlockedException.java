package org.zhifa.review;

/**
 * A penalty decision was about to be made without a review the law requires. The step fails, the engine's state and
 * our rows roll back, and a job retried in vain becomes an incident that Cockpit shows.
 */
public class DecisionBlockedException extends RuntimeException {

	private final String caseNo;

	public DecisionBlockedException(String caseNo, String reason) {
		super(reason + "：" + caseNo);
		this.caseNo = caseNo;
	}

	public String caseNo() {
		return caseNo;
	}

}

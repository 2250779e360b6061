package org.zhifa.casefile;

/** Where a case stands. */
public enum CaseState {

	/** Opened from a filed clue, waiting for the filing approval (立案审批). */
	OPENED,

	/** Opened for the simple procedure (SimpleProcedureProcess): the decision on the spot is not yet made. */
	AWAITING_SIMPLE_PROCEDURE,

	/** The squad leader refused the filing. */
	FILING_REFUSED,

	/** Filed: the decision limit (行政处罚法 Art 60) runs. */
	INVESTIGATING,

	/** The investigation report is written. */
	REPORTED,

	/** The penalty is decided and numbered. */
	DECIDED,

	/** The decision is served (or deemed served after public notice, or handed over on the spot). */
	SERVED,

	/** The fine is paid. */
	PAID,

	/** No penalty (行政处罚法 Art 33, 57(1)(2)-(3)). */
	NO_PENALTY,

	/** Transferred to the judicial organs (行政处罚法 Art 27). */
	TRANSFERRED,

	/** The filing was withdrawn (撤销立案). */
	WITHDRAWN,

	/** The decision was revoked by a reconsideration organ or a court; execution stopped. */
	REVOKED,

	/** Closed and archived. */
	ARCHIVED

}

package org.zhifa.casefile;

/** Who the party of a case is (当事人类型). */
public enum PartyType {

	/** A natural person, identified by the citizen identity number (身份证, GB 11643-1999). */
	CITIZEN,

	/** A legal person, identified by the unified social credit code (统一社会信用代码, GB 32100-2015). */
	LEGAL_PERSON,

	/** Another organisation; its credit code is checked when one is given. */
	OTHER_ORGANISATION

}

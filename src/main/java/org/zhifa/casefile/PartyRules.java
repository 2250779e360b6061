package org.zhifa.casefile;

import java.util.ArrayList;
import java.util.List;

import org.zhifa.web.InvalidRequestException.FieldError;

/**
 * The checks of a party: a type, a name, and an identity number whose check character is right — the citizen
 * identity number for a citizen, the unified social credit code for a legal person, and for another organisation the
 * credit code when it has one.
 */
final class PartyRules {

	private PartyRules() {
	}

	static List<FieldError> check(String typeField, Object type, String nameField, String name, String idField,
			String idNumber) {
		List<FieldError> errors = new ArrayList<>();
		PartyType partyType = parse(type);
		if (partyType == null) {
			errors.add(new FieldError(typeField, "请选择当事人类型"));
		}
		if (name == null || name.isBlank()) {
			errors.add(new FieldError(nameField, "请填写当事人姓名或名称"));
		}
		boolean noId = idNumber == null || idNumber.isBlank();
		if (partyType == PartyType.CITIZEN && (noId || !IdentityNumbers.isValidResidentId(idNumber.strip()))) {
			errors.add(new FieldError(idField, "公民身份号码无效（GB 11643-1999 校验码）"));
		}
		if (partyType == PartyType.LEGAL_PERSON && (noId || !IdentityNumbers.isValidCreditCode(idNumber.strip()))) {
			errors.add(new FieldError(idField, "统一社会信用代码无效（GB 32100-2015 校验码）"));
		}
		if (partyType == PartyType.OTHER_ORGANISATION && !noId && !IdentityNumbers.isValidCreditCode(idNumber.strip())) {
			errors.add(new FieldError(idField, "统一社会信用代码无效（GB 32100-2015 校验码）"));
		}
		return errors;
	}

	static PartyType parse(Object type) {
		for (PartyType candidate : PartyType.values()) {
			if (candidate.name().equals(type)) {
				return candidate;
			}
		}
		return null;
	}

}

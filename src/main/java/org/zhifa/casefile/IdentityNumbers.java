package org.zhifa.casefile;

/**
 * Check digits of the identity numbers a party is recorded with: the citizen identity number (公民身份号码,
 * GB 11643-1999, ISO 7064 MOD 11-2) and the unified social credit code (统一社会信用代码, GB 32100-2015, MOD 31).
 * Only the form and the check character are verified; whether the number was ever issued is not knowable here.
 */
public final class IdentityNumbers {

	private static final int[] RESIDENT_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String RESIDENT_CHECK = "10X98765432";

	/** The 31 characters of the credit code; I, O, Z, S and V are not used. */
	static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private IdentityNumbers() {
	}

	/** Whether the text is an 18-character citizen identity number with a correct check character. */
	public static boolean isValidResidentId(String number) {
		if (number == null || !number.matches("\\d{17}[0-9Xx]")) {
			return false;
		}
		return residentCheckCharacter(number.substring(0, 17)) == Character.toUpperCase(number.charAt(17));
	}

	/** The check character of the first 17 digits of a citizen identity number. */
	static char residentCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
		}
		return RESIDENT_CHECK.charAt(sum % 11);
	}

	/** Whether the text is an 18-character unified social credit code with a correct check character. */
	public static boolean isValidCreditCode(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CREDIT_ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return creditCheckCharacter(code.substring(0, 17)) == code.charAt(17);
	}

	/** The check character of the first 17 characters of a unified social credit code. */
	static char creditCheckCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
		}
		return CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
	}

}

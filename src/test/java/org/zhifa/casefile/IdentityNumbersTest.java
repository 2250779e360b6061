package org.zhifa.casefile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check characters of GB 11643-1999 (citizen identity number) and GB 32100-2015 (unified social credit code),
 * with examples whose check character the algorithm computes here rather than copied from elsewhere.
 */
class IdentityNumbersTest {

	static final String RESIDENT_BODY = "33010619900307123";

	static final String CREDIT_BODY = "91330106MA2XXXXXX".replace('X', '8');

	@Test
	void shouldAcceptResidentIdWhenCheckCharacterIsComputed() {
		// given
		String number = RESIDENT_BODY + IdentityNumbers.residentCheckCharacter(RESIDENT_BODY);

		// when
		boolean valid = IdentityNumbers.isValidResidentId(number);

		// then
		assertThat(valid).isTrue();
	}

	@Test
	void shouldComputeResidentCheckCharacterByModEleven() {
		// given: weights 2^(17-i) mod 11; digits 1 to 7 then zeros
		String body = "11010519491231002";
		int sum = 1 * 7 + 1 * 9 + 0 * 10 + 1 * 5 + 0 * 8 + 5 * 4 + 1 * 2 + 9 * 1 + 4 * 6 + 9 * 3 + 1 * 7 + 2 * 9
				+ 3 * 10 + 1 * 5 + 0 * 8 + 0 * 4 + 2 * 2;

		// when
		char check = IdentityNumbers.residentCheckCharacter(body);

		// then
		assertThat(check).isEqualTo("10X98765432".charAt(sum % 11));
	}

	@Test
	void shouldRefuseResidentIdWhenCheckCharacterIsWrong() {
		// given
		char right = IdentityNumbers.residentCheckCharacter(RESIDENT_BODY);
		char wrong = right == '0' ? '1' : '0';

		// when
		boolean valid = IdentityNumbers.isValidResidentId(RESIDENT_BODY + wrong);

		// then
		assertThat(valid).isFalse();
	}

	@Test
	void shouldRefuseResidentIdWhenLengthOrCharactersAreWrong() {
		assertThat(IdentityNumbers.isValidResidentId("33010619900307")).isFalse();
		assertThat(IdentityNumbers.isValidResidentId("3301061990030712A4")).isFalse();
		assertThat(IdentityNumbers.isValidResidentId(null)).isFalse();
	}

	@Test
	void shouldAcceptLowerCaseXWhenItIsTheCheckCharacter() {
		// given: find a body whose check character is X
		String body = null;
		for (int i = 0; i < 1000 && body == null; i++) {
			String candidate = "330106199003%05d".formatted(i);
			if (IdentityNumbers.residentCheckCharacter(candidate) == 'X') {
				body = candidate;
			}
		}

		// when
		boolean valid = IdentityNumbers.isValidResidentId(body + "x");

		// then
		assertThat(valid).isTrue();
	}

	@Test
	void shouldAcceptCreditCodeWhenCheckCharacterIsComputed() {
		// given
		String code = CREDIT_BODY + IdentityNumbers.creditCheckCharacter(CREDIT_BODY);

		// when
		boolean valid = IdentityNumbers.isValidCreditCode(code);

		// then
		assertThat(valid).isTrue();
	}

	@Test
	void shouldComputeCreditCheckCharacterByModThirtyOne() {
		// given: weights 3^i mod 31
		String body = CREDIT_BODY;
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += IdentityNumbers.CREDIT_ALPHABET.indexOf(body.charAt(i)) * weight;
			weight = weight * 3 % 31;
		}

		// when
		char check = IdentityNumbers.creditCheckCharacter(body);

		// then
		assertThat(check).isEqualTo(IdentityNumbers.CREDIT_ALPHABET.charAt((31 - sum % 31) % 31));
	}

	@Test
	void shouldRefuseCreditCodeWhenCheckCharacterIsWrongOrLettersAreExcluded() {
		// given
		char right = IdentityNumbers.creditCheckCharacter(CREDIT_BODY);
		char wrong = right == '0' ? '1' : '0';

		// then
		assertThat(IdentityNumbers.isValidCreditCode(CREDIT_BODY + wrong)).isFalse();
		assertThat(IdentityNumbers.isValidCreditCode("91330106MAIOZSV888" )).isFalse();
		assertThat(IdentityNumbers.isValidCreditCode("913301")).isFalse();
	}

}

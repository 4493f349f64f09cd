package fr.relance.support.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FinessTests {

	@Test
	void keyMakesTheNumberValid() {
		String finess = Finess.withKey("75000001");
		assertThat(finess).hasSize(9);
		assertThat(Finess.isValid(finess)).isTrue();
	}

	@Test
	void rejectsWrongKeyAndPlaceholder() {
		String finess = Finess.withKey("13078356");
		char wrong = (char) ('0' + (finess.charAt(8) - '0' + 1) % 10);
		assertThat(Finess.isValid(finess.substring(0, 8) + wrong)).isFalse();
		assertThat(Finess.isValid("999999999")).isFalse();
		assertThat(Finess.isValid("12345")).isFalse();
		assertThat(Finess.isValid(null)).isFalse();
	}

	@Test
	void acceptsCorsicanDepartments() {
		// 2A counts as 20 for the key
		String viaDigits = Finess.withKey("20000001");
		assertThat(Finess.isValid("2A" + viaDigits.substring(2))).isTrue();
	}

	@Test
	void normalisesLostLeadingZeros() {
		assertThat(Finess.normalise(" 10000017 ")).isEqualTo("010000017");
	}

}

package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import fr.relance.support.ids.CreditorReference;

/**
 * Expected check digits are worked out by hand here, not by the code under test: append
 * {@code RF00} to the base (R = 27, F = 15, so {@code RF00} reads {@code 271500}), write
 * letters as 10..35, divide by 97, and the check digits are 98 minus the remainder.
 */
class CreditorReferenceTests {

	@Test
	void generatesCheckDigitsOfANumericBase() {
		// 1234 + 271500 = 1234271500 = 97 x 12724448 + 44, check = 98 - 44 = 54
		assertThat(CreditorReference.generate("1234").value()).isEqualTo("RF541234");
	}

	@Test
	void generatesCheckDigitsOfALetterBase() {
		// A B C = 10 11 12: 101112271500 = 97 x 1042394551 + 53, check = 98 - 53 = 45
		assertThat(CreditorReference.generate("abc").value()).isEqualTo("RF45ABC");
	}

	@Test
	void generatesTheReferenceFromTheBrief() {
		// 539007547034271500 = 97 x 5556778835404860 + 80, check = 98 - 80 = 18
		assertThat(CreditorReference.generate("539007547034").printed()).isEqualTo("RF18 5390 0754 7034");
	}

	@Test
	void padsCheckDigitsBelowTen() {
		// 7500000158271500 = 97 x 77319589260530 + 90, check = 98 - 90 = 8, written 08
		assertThat(CreditorReference.generate("7500000158").value()).isEqualTo("RF087500000158");
	}

	@Test
	void buildsTheRecommendedFinessPlusCaseNumberReference() {
		// base 750000010 + 00000042; 75000001000000042271500 = 97 x 773195886597938580118
		// + 54, check 44
		CreditorReference reference = CreditorReference.forEstablishment("750000010", 42);
		assertThat(reference.value()).isEqualTo("RF4475000001000000042");
		assertThat(reference.base()).isEqualTo("75000001000000042");
		assertThat(reference.printed()).isEqualTo("RF44 7500 0001 0000 0004 2");
	}

	@Test
	void refusesAnInvalidFinessOrAnOversizedCaseNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> CreditorReference.forEstablishment("750000011", 1))
			.withMessageContaining("FINESS");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreditorReference.forEstablishment("750000010", 100_000_000L))
			.withMessageContaining("8 digits");
	}

	@Test
	void validatesWhatItGenerates() {
		// moving RF54 to the end: 1234271554 = 97 x 12724449 + 1, remainder 1 means valid
		assertThat(CreditorReference.isValid("RF541234")).isTrue();
		assertThat(CreditorReference.isValid("RF45ABC")).isTrue();
	}

	@Test
	void readsReferencesWrittenWithSpacesAndLowerCase() {
		assertThat(CreditorReference.isValid("rf18 5390 0754 7034")).isTrue();
		assertThat(CreditorReference.parse(" Rf18\u00A05390\u202F0754 7034 ").value()).isEqualTo("RF18539007547034");
		assertThat(CreditorReference.tryParse("RF18 5390\t0754 7034")).map(CreditorReference::value)
			.contains("RF18539007547034");
	}

	@Test
	void rejectsAWrongCheckOrOneChangedCharacter() {
		assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
		assertThat(CreditorReference.isValid("RF18539007547035")).isFalse();
		// two neighbours swapped
		assertThat(CreditorReference.isValid("RF18359007547034")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> CreditorReference.parse("RF19539007547034"))
			.withMessageContaining("wrong check digits");
	}

	@Test
	void rejectsBadCharactersAndMissingParts() {
		assertThat(CreditorReference.isValid("RF18-5390-0754-7034")).isFalse();
		assertThat(CreditorReference.isValid("RF185390075É7034")).isFalse();
		assertThat(CreditorReference.isValid("RF18")).isFalse();
		assertThat(CreditorReference.isValid("XX18539007547034")).isFalse();
		assertThat(CreditorReference.isValid("")).isFalse();
		assertThat(CreditorReference.isValid(null)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> CreditorReference.generate("12 34"));
		assertThatIllegalArgumentException().isThrownBy(() -> CreditorReference.generate(""));
	}

	@Test
	void rejectsBasesLongerThanTwentyOneCharacters() {
		String base21 = "123456789012345678901";
		assertThat(CreditorReference.generate(base21).value()).hasSize(25);
		assertThatIllegalArgumentException().isThrownBy(() -> CreditorReference.generate(base21 + "2"));
		String valid25 = CreditorReference.generate(base21).value();
		assertThat(CreditorReference.isValid(valid25 + "0")).isFalse();
	}

	@Test
	void onlyAnEstablishmentsReferenceNamesACase() {
		assertThat(CreditorReference.forEstablishment("750000010", 17).namesACase()).isTrue();
		// right check, but a base too short, a FINESS with a wrong key, letters after it
		assertThat(CreditorReference.generate("539007547034").namesACase()).isFalse();
		assertThat(CreditorReference.generate("75000001100000017").namesACase()).isFalse();
		assertThat(CreditorReference.generate("7500000100000001A").namesACase()).isFalse();
	}

}

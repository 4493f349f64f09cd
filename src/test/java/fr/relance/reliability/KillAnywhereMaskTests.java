package fr.relance.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What the kill harness compares in a letter: everything but the numbers sequences drew,
 * even where the page wraps them.
 */
class KillAnywhereMaskTests {

	/** Case 250 of an uninterrupted night, as the PDF text reads. */
	private static final List<String> UNINTERRUPTED = letter("250", "RF24 6701 0085 8000 0025 0", "Madame Anne MARTIN");

	@Test
	void theSameLetterUnderAnotherCaseNumberReadsTheSame() {
		// a killed dunning transaction drew case numbers: the rerun's letter is case 378
		List<String> resumed = letter("378", "RF60 6701 0085 8000 0037 8", "Madame Anne MARTIN");
		assertThat(KillAnywhere.maskedLines(resumed)).isEqualTo(KillAnywhere.maskedLines(UNINTERRUPTED));
	}

	@Test
	void aLetterToAnotherPatientStillDiffers() {
		List<String> other = letter("250", "RF24 6701 0085 8000 0025 0", "Monsieur Paul MARTIN");
		assertThat(KillAnywhere.maskedLines(other)).isNotEqualTo(KillAnywhere.maskedLines(UNINTERRUPTED));
	}

	/**
	 * The lines of a letter that carry its case: the payment page address breaks after
	 * the fifth character of the reference, as the PDF text of a real letter does.
	 */
	private static List<String> letter(String caseNumber, String printedReference, String addressee) {
		String compact = printedReference.replace(" ", "");
		return List.of("Strasbourg, le 20/11/2026Réf. : RL20261120-" + caseNumber + "-1",
				"Référence de paiement : " + printedReference,
				"https://paiement.example.fr/670100858?ref=" + compact.substring(0, 5), compact.substring(5),
				addressee);
	}

}

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
	private static final List<String> UNINTERRUPTED = List.of("Strasbourg, le 20/11/2026Réf. : RL20261120-250-1",
			"Référence de paiement : RF24 6701 0085 8000 0025 0", "https://paiement.example.fr/670100858?ref=RF246",
			"7010085800000250", "Madame Anne MARTIN");

	@Test
	void theSameLetterUnderAnotherCaseNumberReadsTheSame() {
		// a killed dunning transaction consumed case numbers: the rerun's letter is case
		// 378
		List<String> resumed = List.of("Strasbourg, le 20/11/2026Réf. : RL20261120-378-1",
				"Référence de paiement : RF60 6701 0085 8000 0037 8", "https://paiement.example.fr/670100858?ref=RF606",
				"7010085800000378", "Madame Anne MARTIN");
		assertThat(KillAnywhere.maskedLines(resumed)).isEqualTo(KillAnywhere.maskedLines(UNINTERRUPTED));
	}

	@Test
	void aLetterToAnotherPatientStillDiffers() {
		List<String> other = List.of("Strasbourg, le 20/11/2026Réf. : RL20261120-250-1",
				"Référence de paiement : RF24 6701 0085 8000 0025 0", "https://paiement.example.fr/670100858?ref=RF246",
				"7010085800000250", "Monsieur Paul MARTIN");
		assertThat(KillAnywhere.maskedLines(other)).isNotEqualTo(KillAnywhere.maskedLines(UNINTERRUPTED));
	}

}

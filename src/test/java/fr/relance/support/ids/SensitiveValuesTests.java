package fr.relance.support.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveValuesTests {

	@Test
	void masksEachShapeInTheWritingsEstablishmentsUse() {
		assertThat(SensitiveValues.mask("NIR 185057511512345 ou 2 85 05 2A 115 123 fin"))
			.isEqualTo("NIR " + "*".repeat(15) + " ou " + "*".repeat("2 85 05 2A 115 123".length()) + " fin");
		assertThat(SensitiveValues.mask("tel 06.12.34.56.78 / +33 6 12 34 56 78 / 0033612345678 / +590 690 12 34 56"))
			.doesNotContainPattern("\\d{2}");
		assertThat(SensitiveValues.mask("écrire à marie-claire.o'neil@chu-exemple.fr."))
			.isEqualTo("écrire à " + "*".repeat("marie-claire.o'neil@chu-exemple.fr".length()) + ".");
	}

	@Test
	void leavesAmountsDatesInvoiceNumbersAndFinessAlone() {
		String text = "facture F990000001 du 01/10/2026, 1 234,56 €, FINESS 750000010, patient P000123456";
		assertThat(SensitiveValues.mask(text)).isEqualTo(text);
	}

}

package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * Invoice numbers of any establishment's shape, found through what patients type around
 * and inside them.
 */
class InvoiceNumberFinderTests {

	private final InvoiceNumberFinder hospital = InvoiceNumberFinder.of("H\\d{10}");

	private final InvoiceNumberFinder padded = InvoiceNumberFinder.of("\\d{7}");

	@Test
	void findsANumberThatIsNotFPlusNineDigits() {
		assertThat(this.hospital.find("REGLEMENT H2600000201 MERCI")).containsExactly("H2600000201");
		assertThat(this.hospital.find("reglement h2600000201")).containsExactly("H2600000201");
	}

	@Test
	void toleratesTheWordsPatientsWriteAroundIt() {
		assertThat(this.hospital.find("FACTURE H2600000201")).containsExactly("H2600000201");
		assertThat(this.hospital.find("Fact. N° H2600000201")).containsExactly("H2600000201");
		assertThat(this.hospital.find("FACT.H2600000201")).containsExactly("H2600000201");
		assertThat(this.hospital.find("N°H2600000201, merci")).containsExactly("H2600000201");
		assertThat(this.hospital.find("FACTUREH2600000201")).containsExactly("H2600000201");
	}

	@Test
	void toleratesSpacesInsideTheNumber() {
		assertThat(this.hospital.find("Fact. N° H 2600 000 201 solde")).containsExactly("H2600000201");
		assertThat(this.padded.find("facture 000 4521")).containsExactly("0004521");
	}

	@Test
	void toleratesLeadingZerosAddedOrDropped() {
		assertThat(this.padded.find("FACTURE 4521")).containsExactly("0004521");
		assertThat(this.padded.find("N° 4521")).containsExactly("0004521");
		assertThat(this.padded.find("VIREMENT 000004521")).containsExactly("0004521");
		assertThat(this.hospital.find("FACTURE H02600000201")).containsExactly("H2600000201");
	}

	@Test
	void doesNotPadAStrayNumberThatNoWordAnnouncesAsAnInvoice() {
		assertThat(this.padded.find("VIREMENT 12 NOVEMBRE 2026")).isEmpty();
		assertThat(this.hospital.find("H2600000201X H26000002011 XH2600000201")).isEmpty();
	}

	@Test
	void findsEachNumberOnceInTheOrderMet() {
		assertThat(this.hospital.find("H2600000202 et H2600000201, H2600000202")).containsExactly("H2600000202",
				"H2600000201");
	}

	@Test
	void keepsTheEstablishmentsPunctuation() {
		InvoiceNumberFinder dashed = InvoiceNumberFinder.of("\\d{4}-\\d{6}");
		assertThat(dashed.find("facture n° 2026-000123.")).containsExactly("2026-000123");
	}

	@Test
	void refusesAPatternThatMatchesNothingInParticular() {
		assertThatIllegalArgumentException().isThrownBy(() -> InvoiceNumberFinder.of("\\d*"));
	}

	@Test
	void derivesTheRegexOfAShape() {
		assertThat(InvoiceNumbering.regexOf("H9999999999")).isEqualTo("H\\d{10}");
		assertThat(InvoiceNumbering.regexOf("9999-999999")).isEqualTo("\\d{4}\\-\\d{6}");
		assertThat(InvoiceNumberFinder.of(InvoiceNumbering.regexOf("9999-999999")).find("2026-000123"))
			.containsExactly("2026-000123");
	}

	@Test
	void neverReadsTheDigitsOfAPrintedReferenceAsAnInvoiceNumber() {
		PaymentReferenceExtractor generic = new PaymentReferenceExtractor(InvoiceNumberFinder.GENERIC_PATTERN);
		assertThat(generic.extract("RF17 7500 0001 0000 0004 3").invoiceNumbers()).isEmpty();
		assertThat(generic.extract("RF17 7500 0001 0000 0004 4 FACTURE H2600000201").invoiceNumbers())
			.containsExactly("H2600000201");
	}

}

package fr.relance.ingest.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.support.ids.CreditorReference;

/**
 * References used: RF4475000001000000042 and RF1775000001000000043 (FINESS 750000010,
 * cases 42 and 43).
 */
class PaymentReferenceExtractorTests {

	private final PaymentReferenceExtractor extractor = PaymentReferenceExtractor.withDefaults();

	@Test
	void findsAReferenceCopiedInItsPrintedForm() {
		ExtractedReference found = this.extractor.extract("Paiement RF44 7500 0001 0000 0004 2 merci");
		assertThat(found.kind()).isEqualTo(ReferenceKind.RF);
		assertThat(found.firstCreditorReference().value()).isEqualTo("RF4475000001000000042");
	}

	@Test
	void findsAReferenceInLowerCaseGluedOrAfterPunctuation() {
		assertThat(this.extractor.extract("ref:rf4475000001000000042.").firstCreditorReference())
			.hasToString("RF4475000001000000042");
		assertThat(this.extractor.extract("/RF/RF44 75000001000000042").firstCreditorReference())
			.hasToString("RF4475000001000000042");
		assertThat(this.extractor.extract("RF 44 7500 0001\u00A00000 0004 2").firstCreditorReference())
			.hasToString("RF4475000001000000042");
	}

	@Test
	void ignoresAReferenceWithAWrongCheckAndFallsBackOnInvoices() {
		// last digit typed 3 instead of 2: mod 97 rejects it, so no one else's case is
		// credited
		ExtractedReference found = this.extractor.extract("RF44 7500 0001 0000 0004 3 facture f260000123");
		assertThat(found.kind()).isEqualTo(ReferenceKind.INVOICE);
		assertThat(found.creditorReferences()).isEmpty();
		assertThat(found.invoiceNumbers()).containsExactly("F260000123");
	}

	@Test
	void ignoresRfInsideAWord() {
		assertThat(this.extractor.extract("SURF4475000001000000042").kind()).isEqualTo(ReferenceKind.NONE);
	}

	@Test
	void keepsSeveralReferencesInOrderWithoutDuplicates() {
		ExtractedReference found = this.extractor
			.extract("RF17 7500 0001 0000 0004 3 et RF44 7500 0001 0000 0004 2, RF4475000001000000042");
		assertThat(found.creditorReferences()).extracting(CreditorReference::value)
			.containsExactly("RF1775000001000000043", "RF4475000001000000042");
	}

	@Test
	void findsInvoiceNumbersOnlyAsWholeWords() {
		ExtractedReference found = this.extractor.extract("F260000123 F260000124 F2600001250 XF260000126 F260000123");
		assertThat(found.kind()).isEqualTo(ReferenceKind.INVOICE);
		assertThat(found.invoiceNumbers()).containsExactly("F260000123", "F260000124");
	}

	@Test
	void reportsNothingUsable() {
		ExtractedReference found = this.extractor.extract("VIREMENT DE MME TEST", null);
		assertThat(found).isEqualTo(new ExtractedReference(ReferenceKind.NONE, List.of(), List.of(), null));
		assertThat(found.firstCreditorReference()).isNull();
	}

	@Test
	void takesAConfiguredInvoicePattern() {
		PaymentReferenceExtractor custom = new PaymentReferenceExtractor("FAC-\\d{6}");
		assertThat(custom.extract("reglement fac-001234 et F260000123").invoiceNumbers()).containsExactly("FAC-001234");
		assertThatIllegalArgumentException().isThrownBy(() -> new PaymentReferenceExtractor("\\d*"));
	}

	@Test
	void looksAtStructuredReferenceRemittanceAndEndToEndIdOfABankLine() {
		BankCreditLine line = new BankCreditLine("S", "FR089999900001TEST0000000199", 1, 1, 1, 1,
				LocalDate.of(2026, 3, 2), null, new BigDecimal("10.00"), null, null, "RF1775000001000000043", null,
				"facture F260000123", "RF44 7500 0001 0000 0004 2", false);
		ExtractedReference found = this.extractor.extract(line);
		assertThat(found.creditorReferences()).extracting(CreditorReference::value)
			.containsExactly("RF4475000001000000042", "RF1775000001000000043");
		assertThat(found.invoiceNumbers()).containsExactly("F260000123");
	}

	@Test
	void classifiesEveryLineOfTheShippedSample() {
		List<ExtractedReference> found = new ArrayList<>();
		try (Camt053Reader reader = Camt053Reader.open(Path.of("samples/payments/camt053-sample.xml"))) {
			for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
				found.add(this.extractor.extract(line));
			}
		}
		assertThat(found).extracting(ExtractedReference::kind)
			.containsExactly(ReferenceKind.RF, ReferenceKind.RF, ReferenceKind.INVOICE);
		assertThat(found.get(1).firstCreditorReference()).hasToString("RF1775000001000000043");
	}

	@Test
	void neverJoinsAReferenceAcrossTwoTexts() {
		assertThat(this.extractor.extract("RF44 7500 0001", "0000 0004 2").kind()).isEqualTo(ReferenceKind.NONE);
	}

	@Test
	void keepsAReferenceWithWrongCheckDigitsAsReadAndStillLooksForInvoiceNumbers() {
		// RF44 7500 0001 0000 0004 2 with its last digit mistyped
		ExtractedReference found = this.extractor.extract("virement rf44 7500 0001 0000 0004 3 facture F260000123");
		assertThat(found.creditorReferences()).isEmpty();
		assertThat(found.badCheckReference()).isEqualTo("RF4475000001000000043");
		assertThat(found.kind()).isEqualTo(ReferenceKind.INVOICE);
		assertThat(found.invoiceNumbers()).containsExactly("F260000123");

		assertThat(this.extractor.extract("RF4475000001000000043").badCheckReference())
			.isEqualTo("RF4475000001000000043");
		assertThat(this.extractor.extract("RF44 7500 0001 0000 0004 3 merci").kind()).isEqualTo(ReferenceKind.NONE);
	}

	@Test
	void aMistypedReferenceIsNeverReadAsTheShorterRunThatPassesTheCheckByChance() {
		// case 17's RF40 7500 0001 0000 0001 7, last digit mistyped: its first two
		// groups, RF407500, happen to pass the mod-97 check
		ExtractedReference found = this.extractor.extract("RF40 7500 0001 0000 0001 8 merci");
		assertThat(found.kind()).isEqualTo(ReferenceKind.NONE);
		assertThat(found.badCheckReference()).isEqualTo("RF4075000001000000018");
		assertThat(CreditorReference.isValid("RF407500")).isTrue();
	}

	@Test
	void aRightReferenceWinsOverAWrongOne() {
		ExtractedReference found = this.extractor.extract("RF4475000001000000043 RF4475000001000000042");
		assertThat(found.firstCreditorReference()).hasToString("RF4475000001000000042");
		assertThat(found.badCheckReference()).isNull();
	}

}

package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LineDigestTests {

	private static final LocalDate CARE = LocalDate.of(2026, 10, 2);

	@Test
	void theSameLineHasTheSameDigestsWhateverItsPlaceInTheFile() {
		assertThat(LineDigest.invoice(row(7, "10.00", "3 rue des Lilas", null, false)))
			.isEqualTo(LineDigest.invoice(row(9000, "10.00", "3 rue des Lilas", null, false)));
		assertThat(LineDigest.patient(row(7, "10.00", "3 rue des Lilas", null, false)))
			.isEqualTo(LineDigest.patient(row(9000, "10.00", "3 rue des Lilas", null, false)));
	}

	@Test
	void anInvoiceChangeMovesOnlyTheInvoiceDigestAndADetailChangeOnlyThePatientOne() {
		LedgerRow before = row(7, "10.00", "3 rue des Lilas", null, false);
		LedgerRow paid = row(7, "4.00", "3 rue des Lilas", null, false);
		LedgerRow disputed = row(7, "10.00", "3 rue des Lilas", null, true);
		LedgerRow moved = row(7, "10.00", "8 rue Neuve", null, false);
		LedgerRow phoned = row(7, "10.00", "3 rue des Lilas", "+33612345678", false);

		assertThat(LineDigest.invoice(paid)).isNotEqualTo(LineDigest.invoice(before));
		assertThat(LineDigest.invoice(disputed)).isNotEqualTo(LineDigest.invoice(before));
		assertThat(LineDigest.patient(paid)).isEqualTo(LineDigest.patient(before));
		assertThat(LineDigest.patient(moved)).isNotEqualTo(LineDigest.patient(before));
		assertThat(LineDigest.patient(phoned)).isNotEqualTo(LineDigest.patient(before));
		assertThat(LineDigest.invoice(moved)).isEqualTo(LineDigest.invoice(before));
	}

	@Test
	void aMobileMovesThePatientDigestAndTheSameNumberAsPhoneOrMobileIsADifferentLine() {
		LedgerRow before = row(7, "10.00", "3 rue des Lilas", "+33145678901", false);
		LedgerRow mobile = withMobile(before, "+33612345678");
		LedgerRow asPhone = row(7, "10.00", "3 rue des Lilas", "+33612345678", false);

		assertThat(LineDigest.patient(mobile)).isNotEqualTo(LineDigest.patient(before));
		assertThat(LineDigest.patient(withMobile(before, "+33712345678"))).isNotEqualTo(LineDigest.patient(mobile));
		assertThat(LineDigest.patient(withMobile(asPhone, null)))
			.isNotEqualTo(LineDigest.patient(withMobile(before, "+33612345678")));
		assertThat(LineDigest.invoice(mobile)).isEqualTo(LineDigest.invoice(before));
	}

	private static LedgerRow withMobile(LedgerRow r, String mobile) {
		return new LedgerRow(r.line(), r.invoiceNumber(), r.patientId(), r.lastName(), r.firstName(), r.addressLine1(),
				r.addressLine2(), r.postcode(), r.city(), r.phone(), mobile, r.email(), r.birthDate(), r.careDate(),
				r.invoiceDate(), r.dueDate(), r.billingDate(), r.total(), r.amoDue(), r.amcDue(), r.amcOrganisation(),
				r.patientDue(), r.amoPaid(), r.amcPaid(), r.patientPaid(), r.paymentReference(), r.dispute(),
				r.deceased(), r.guardianship(), r.smsOptOut());
	}

	@Test
	void valuesMovedFromOneFieldToTheNextAreADifferentLine() {
		LedgerRow a = new LedgerRow(1, "F1", "P1", "AB", "C", null, null, null, null, null, null, null, null, CARE,
				CARE, CARE, null, BigDecimal.TEN, null, null, null, BigDecimal.TEN, null, null, null, null, false,
				false, false, false);
		LedgerRow b = new LedgerRow(1, "F1", "P1", "A", "BC", null, null, null, null, null, null, null, null, CARE,
				CARE, CARE, null, BigDecimal.TEN, null, null, null, BigDecimal.TEN, null, null, null, null, false,
				false, false, false);
		assertThat(LineDigest.patient(a)).isNotEqualTo(LineDigest.patient(b));
	}

	private static LedgerRow row(long line, String patientPaid, String address, String phone, boolean dispute) {
		BigDecimal ten = new BigDecimal("10.00");
		BigDecimal zero = new BigDecimal("0.00");
		return new LedgerRow(line, "F000000001", "P1", "MARTIN", "Jeanne", address, null, "75015", "Paris", phone, null,
				null, LocalDate.of(1960, 2, 1), CARE, CARE, CARE.plusDays(30), null, ten, zero, zero, null, ten, zero,
				zero, new BigDecimal(patientPaid), null, dispute, false, false, false);
	}

}

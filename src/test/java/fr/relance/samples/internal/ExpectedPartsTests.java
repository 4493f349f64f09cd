package fr.relance.samples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.samples.BankTransfer;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.InvoicePart;
import fr.relance.samples.PartState;
import fr.relance.samples.Payer;
import fr.relance.samples.PayerReturn;
import fr.relance.samples.PayerReturn.Outcome;
import fr.relance.samples.SamplePayment;
import fr.relance.samples.Settlement;

/**
 * The truth of one invoice after a night, case by case (amounts as finance would check
 * them).
 */
class ExpectedPartsTests {

	private static final BigDecimal ZERO = new BigDecimal("0.00");

	@Test
	void aReturnAlreadyInTheLedgerIsNotCountedTwice() {
		GeneratedInvoice invoice = invoice(List.of(amo("1000.00")),
				List.of(new PayerReturn(Payer.AMO, Outcome.PAID, eur("1000.00"), eur("1000.00"), "", true)), null);
		assertThat(ExpectedParts.of(invoice)).containsExactly(row(Payer.AMO, "1000.00", "1000.00", "paid"),
				row(Payer.AMC, "200.00", "0.00", "open"), row(Payer.PATIENT, "34.56", "0.00", "open"));
	}

	@Test
	void aPaymentNotYetInTheLedgerSettlesThePartAndAPartialOneLeavesItOpen() {
		GeneratedInvoice invoice = invoice(List.of(),
				List.of(new PayerReturn(Payer.AMO, Outcome.PARTLY_PAID, eur("1000.00"), eur("600.00"), "", false),
						new PayerReturn(Payer.AMC, Outcome.PAID, eur("200.00"), eur("200.00"), "", false)),
				null);
		assertThat(ExpectedParts.of(invoice)).containsExactly(row(Payer.AMO, "1000.00", "600.00", "open"),
				row(Payer.AMC, "200.00", "200.00", "paid"), row(Payer.PATIENT, "34.56", "0.00", "open"));
	}

	@Test
	void aTransferToThePatientSettlesThePayerPartAndReopensThePatientPart() {
		GeneratedInvoice invoice = invoice(List.of(patient("34.56")),
				List.of(new PayerReturn(Payer.AMO, Outcome.TRANSFERRED, eur("1000.00"), ZERO, "A123", false)), null);
		assertThat(ExpectedParts.of(invoice)).containsExactly(row(Payer.AMO, "1000.00", "1000.00", "transferred"),
				row(Payer.AMC, "200.00", "0.00", "open"), row(Payer.PATIENT, "34.56", "-965.44", "open"));
	}

	@Test
	void aTransferOnAnInvoiceWithoutPatientPartCreatesOneWithNothingDue() {
		GeneratedInvoice base = invoice(List.of(), List.of(), null);
		GeneratedInvoice invoice = new GeneratedInvoice(base.finess(), base.invoiceNumber(), base.patient(),
				base.careDate(), base.invoiceDate(), base.dueDate(), base.parts().subList(0, 2), List.of(), false,
				new Settlement(
						List.of(new PayerReturn(Payer.AMO, Outcome.TRANSFERRED, eur("1000.00"), ZERO, "D404", false)),
						null, false));
		assertThat(ExpectedParts.of(invoice)).containsExactly(row(Payer.AMO, "1000.00", "1000.00", "transferred"),
				row(Payer.AMC, "200.00", "0.00", "open"), row(Payer.PATIENT, "0.00", "-1000.00", "open"));
	}

	@Test
	void rebillAndDeferralKeepThePayerPartUnsettled() {
		assertThat(ExpectedParts
			.of(invoice(List.of(),
					List.of(new PayerReturn(Payer.AMO, Outcome.REBILL, eur("1000.00"), ZERO, "C310", false)), null))
			.get(0)).isEqualTo(row(Payer.AMO, "1000.00", "0.00", "rejected"));
		assertThat(ExpectedParts
			.of(invoice(List.of(),
					List.of(new PayerReturn(Payer.AMO, Outcome.DEFERRED, eur("1000.00"), ZERO, "", false)), null))
			.get(0)).isEqualTo(row(Payer.AMO, "1000.00", "0.00", "pending"));
	}

	@Test
	void anOverPaymentSettlesThePatientPartOnlyUpToItsDueAndARemainderAddsToTheDeskPayment() {
		BankTransfer over = new BankTransfer(BankTransfer.Kind.OVERPAYMENT, eur("50.00"), "Hélène X", "F100000001",
				null);
		assertThat(ExpectedParts.of(invoice(List.of(), List.of(), over)).get(2))
			.isEqualTo(row(Payer.PATIENT, "34.56", "34.56", "paid"));
		BankTransfer rest = new BankTransfer(BankTransfer.Kind.REMAINDER, eur("24.56"), "Hélène X", "F100000001", null);
		assertThat(ExpectedParts.of(invoice(List.of(patient("10.00")), List.of(), rest)).get(2))
			.isEqualTo(row(Payer.PATIENT, "34.56", "34.56", "paid"));
	}

	private static GeneratedInvoice invoice(List<SamplePayment> payments, List<PayerReturn> returns,
			BankTransfer bank) {
		GeneratedInvoice base = LedgerWriterTests.invoice("ZORBAVEL", "1 rue des Tests");
		List<InvoicePart> parts = base.parts();
		return new GeneratedInvoice(base.finess(), base.invoiceNumber(), base.patient(), base.careDate(),
				base.invoiceDate(), base.dueDate(), parts, payments, false, new Settlement(returns, bank, false));
	}

	private static SamplePayment amo(String amount) {
		return new SamplePayment(Payer.AMO, eur(amount), LocalDate.of(2026, 1, 20));
	}

	private static SamplePayment patient(String amount) {
		return new SamplePayment(Payer.PATIENT, eur(amount), LocalDate.of(2026, 1, 5));
	}

	private static BigDecimal eur(String amount) {
		return new BigDecimal(amount);
	}

	private static PartState row(Payer payer, String due, String settled, String status) {
		return new PartState(payer, eur(due), eur(settled), status);
	}

}

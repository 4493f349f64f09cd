package fr.relance.samples.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import fr.relance.support.ids.CreditorReference;
import fr.relance.samples.BankTransfer;
import fr.relance.samples.BankTransfer.Kind;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.Payer;
import fr.relance.samples.PayerReturn;
import fr.relance.samples.PayerReturn.Outcome;
import fr.relance.samples.SamplePayment;
import fr.relance.samples.Settlement;
import fr.relance.support.money.Amounts;

/**
 * Draws what tonight's files say about one invoice, from its own stream (seed,
 * establishment, index). AMO: a part the ledger shows paid recently is sometimes returned
 * again (already posted: the same money), an unpaid one is often returned paid, partly
 * paid, rejected (transfer or rebill code) or deferred; an unpaid AMC part is sometimes
 * paid in the same return (coordinated payment). Patient: a transfer by invoice number
 * (in full, in part, with an RF reference no case owns, over-paid), by name and exact
 * amount, or the rest of a desk payment. No bank transfer on an invoice whose part moves
 * to the patient tonight (the patient does not know yet).
 */
final class SettlementDraws {

	private final long seed;

	private final int establishment;

	private final String finess;

	private final LocalDate businessDate;

	SettlementDraws(long seed, int establishment, String finess, LocalDate businessDate) {
		this.seed = seed;
		this.establishment = establishment;
		this.finess = finess;
		this.businessDate = businessDate;
	}

	/**
	 * The settlement of invoice {@code index}; {@code singleInvoicePatient} allows an
	 * over-payment.
	 */
	Settlement draw(GeneratedInvoice invoice, int index, boolean singleInvoicePatient) {
		SplittableRandom random = Draws.random(this.seed, Draws.RETURNS, this.establishment, index);
		List<PayerReturn> returns = new ArrayList<>(2);
		PayerReturn amo = amoReturn(invoice, random);
		if (amo != null) {
			returns.add(amo);
		}
		BigDecimal amc = invoice.due(Payer.AMC);
		boolean coordinated = random.nextDouble() < 0.4;
		if (amo != null && coordinated && amc.signum() > 0 && invoice.paid(Payer.AMC).signum() == 0) {
			returns.add(new PayerReturn(Payer.AMC, Outcome.PAID, amc, amc, "", false));
		}
		boolean transferred = returns.stream().anyMatch(r -> r.outcome() == Outcome.TRANSFERRED);
		BankTransfer bank = transferred ? null : bankTransfer(invoice, index, random, singleInvoicePatient);
		boolean billed = invoice.due(Payer.AMO).signum() > 0
				&& !invoice.invoiceDate().isBefore(this.businessDate.minusDays(30));
		return new Settlement(returns, bank, billed);
	}

	private PayerReturn amoReturn(GeneratedInvoice invoice, SplittableRandom random) {
		BigDecimal due = invoice.due(Payer.AMO);
		double returned = random.nextDouble();
		double outcome = random.nextDouble();
		int share = 30 + random.nextInt(51);
		boolean firstCode = random.nextBoolean();
		if (due.signum() == 0) {
			return null;
		}
		BigDecimal paid = invoice.paid(Payer.AMO);
		if (paid.compareTo(due) == 0) {
			LocalDate on = invoice.payments()
				.stream()
				.filter(p -> p.payer() == Payer.AMO)
				.map(SamplePayment::date)
				.max(LocalDate::compareTo)
				.orElseThrow();
			boolean recent = !on.isBefore(this.businessDate.minusDays(40));
			return recent && returned < 0.5 ? new PayerReturn(Payer.AMO, Outcome.PAID, due, due, "", true) : null;
		}
		if (paid.signum() != 0 || returned >= 0.6) {
			return null;
		}
		long cents = Amounts.toCents(due);
		if (outcome < 0.45 || (outcome < 0.55 && cents < 2)) {
			return new PayerReturn(Payer.AMO, Outcome.PAID, due, due, "", false);
		}
		if (outcome < 0.55) {
			return new PayerReturn(Payer.AMO, Outcome.PARTLY_PAID, due,
					Amounts.ofCents(Math.max(1, cents * share / 100)), "", false);
		}
		BigDecimal zero = Amounts.ofCents(0);
		if (outcome < 0.67) {
			return new PayerReturn(Payer.AMO, Outcome.TRANSFERRED, due, zero, firstCode ? "A123" : "D404", false);
		}
		if (outcome < 0.82) {
			return new PayerReturn(Payer.AMO, Outcome.REBILL, due, zero, firstCode ? "C310" : "B201", false);
		}
		return new PayerReturn(Payer.AMO, Outcome.DEFERRED, due, zero, "", false);
	}

	private BankTransfer bankTransfer(GeneratedInvoice invoice, int index, SplittableRandom random,
			boolean singleInvoicePatient) {
		long due = Amounts.toCents(invoice.due(Payer.PATIENT));
		long paid = Amounts.toCents(invoice.paid(Payer.PATIENT));
		long open = due - paid;
		double kind = random.nextDouble();
		int share = 20 + random.nextInt(61);
		long extra = 100 + random.nextInt(1_901);
		if (open <= 0) {
			return null;
		}
		String payer = invoice.patient().firstName() + " " + invoice.patient().lastName();
		String number = invoice.invoiceNumber();
		if (paid > 0) {
			return kind < 0.03 ? transfer(Kind.REMAINDER, open, payer, "Solde facture " + number, null) : null;
		}
		if (kind < 0.12) {
			return transfer(Kind.INVOICE, open, payer, "Reglement facture " + number, null);
		}
		if (kind < 0.16 && open > 1) {
			return transfer(Kind.PARTIAL, Math.min(open - 1, Math.max(1, open * share / 100)), payer,
					"Acompte " + number, null);
		}
		if (kind < 0.19) {
			String rf = CreditorReference.forEstablishment(this.finess, index + 1L).value();
			return transfer(Kind.RF_AND_INVOICE, open, payer, "Facture " + number, rf);
		}
		if (kind < 0.27 && singleInvoicePatient) {
			return transfer(Kind.OVERPAYMENT, open + extra, payer, "Facture " + number, null);
		}
		if (kind < 0.30) {
			return transfer(Kind.NAME_AND_AMOUNT, open, payer, "Paiement soins clinique", null);
		}
		return null;
	}

	private static BankTransfer transfer(Kind kind, long cents, String payer, String text, String reference) {
		return new BankTransfer(kind, Amounts.ofCents(cents), payer, text, reference);
	}

}

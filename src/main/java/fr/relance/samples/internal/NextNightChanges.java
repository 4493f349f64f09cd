package fr.relance.samples.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import fr.relance.samples.BankTransfer;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.Payer;
import fr.relance.samples.PayerReturn;
import fr.relance.samples.SamplePayment;
import fr.relance.samples.Settlement;

/**
 * What the next night's files say about a first-night invoice, from its own stream (seed,
 * establishment, index): at most one change, made only where it cannot meet what the
 * first night's files said (its settlement), so that the state after both nights stays a
 * plain sum. A desk payment of the whole patient part appears in the ledger; the AMO pays
 * its whole part on tonight's NOEMIE; the patient transfers the whole part, quoting the
 * invoice number. Otherwise the ledger line is unchanged and tonight's files say nothing
 * of it.
 */
public final class NextNightChanges {

	/**
	 * Chances of drawing each change; only some drawn invoices are eligible (about 40 %
	 * for a patient change, 4 % for the AMO: most AMO parts are paid or were returned on
	 * the first night), which brings the changes near 1 %, 1 % and 0.5 % of invoices.
	 */
	static final double DESK_PAYMENT = 0.025;

	static final double AMO_PAYMENT = 0.28;

	static final double BANK_TRANSFER = 0.0125;

	private final long seed;

	private final int establishment;

	private final LocalDate night;

	private final boolean returns;

	/**
	 * Changes of establishment {@code establishment} on {@code night}; without
	 * {@code returns} (a FEC ledger, or no payer and bank files), only ledger changes.
	 */
	public NextNightChanges(long seed, int establishment, LocalDate night, boolean returns) {
		this.seed = seed;
		this.establishment = establishment;
		this.night = night;
		this.returns = returns;
	}

	/**
	 * First-night invoice {@code index}, as drawn with its first-night settlement, one
	 * night later.
	 */
	public GeneratedInvoice apply(GeneratedInvoice first, int index) {
		double draw = Draws.random(this.seed, Draws.NEXT_NIGHT, this.establishment, index).nextDouble();
		BigDecimal patientDue = first.due(Payer.PATIENT);
		if (draw < DESK_PAYMENT) {
			return patientUntouched(first) ? first
				.nextNight(List.of(new SamplePayment(Payer.PATIENT, patientDue, this.night)), Settlement.NONE)
					: unchanged(first);
		}
		draw -= DESK_PAYMENT;
		if (draw < AMO_PAYMENT) {
			return this.returns && amoUntouched(first) ? first.nextNight(List.of(), amoPaid(first)) : unchanged(first);
		}
		draw -= AMO_PAYMENT;
		if (draw < BANK_TRANSFER) {
			return this.returns && patientUntouched(first) ? first.nextNight(List.of(), transfer(first))
					: unchanged(first);
		}
		return unchanged(first);
	}

	private static GeneratedInvoice unchanged(GeneratedInvoice first) {
		return first.nextNight(List.of(), Settlement.NONE);
	}

	/**
	 * A patient part still wholly open in the ledger, which the first night's files
	 * neither paid nor grew (a transfer to the patient).
	 */
	private static boolean patientUntouched(GeneratedInvoice first) {
		Settlement s1 = first.settlement();
		return first.due(Payer.PATIENT).signum() > 0 && first.paid(Payer.PATIENT).signum() == 0
				&& s1.bankTransfer() == null && !s1.transfersToPatient();
	}

	/**
	 * An AMO part unpaid in the ledger that no first-night return touched (nor the AMC
	 * one: a coordinated payment travels with the AMO return).
	 */
	private static boolean amoUntouched(GeneratedInvoice first) {
		Settlement s1 = first.settlement();
		return first.due(Payer.AMO).signum() > 0 && first.paid(Payer.AMO).signum() == 0
				&& s1.returnFor(Payer.AMO) == null && s1.returnFor(Payer.AMC) == null;
	}

	private static Settlement amoPaid(GeneratedInvoice first) {
		BigDecimal due = first.due(Payer.AMO);
		return new Settlement(List.of(new PayerReturn(Payer.AMO, PayerReturn.Outcome.PAID, due, due, "", false)), null,
				false);
	}

	private static Settlement transfer(GeneratedInvoice first) {
		String payer = first.patient().firstName() + " " + first.patient().lastName();
		BankTransfer bank = new BankTransfer(BankTransfer.Kind.INVOICE, first.due(Payer.PATIENT), payer,
				"Reglement facture " + first.invoiceNumber(), null);
		return new Settlement(List.of(), bank, false);
	}

}

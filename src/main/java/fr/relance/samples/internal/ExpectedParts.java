package fr.relance.samples.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import fr.relance.samples.BankTransfer;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.InvoicePart;
import fr.relance.samples.PartState;
import fr.relance.samples.Payer;
import fr.relance.samples.PayerReturn;
import fr.relance.samples.Settlement;
import fr.relance.support.money.Amounts;

/**
 * The final state of every part of an invoice after one night on its ledger and tonight's
 * files (after two, on the earlier night's files too), as the engine's
 * {@code invoice_part_balance} view shows it: {@code amount_due} is the ledger's;
 * {@code amount_settled} is the money the part really received (ledger statement and
 * tonight's returns and transfers, the same money counted once), plus a transfer to the
 * patient on the payer part and minus it on the patient part. Statuses: a transferred
 * payer part is {@code transferred}, a rebilled one {@code rejected}, a deferred one
 * {@code pending}; any other part is {@code paid} when nothing is left to pay, else
 * {@code open} (a patient part that receives a transfer is open). A transfer to the
 * patient of an invoice without patient part creates one with nothing due.
 */
public final class ExpectedParts {

	private ExpectedParts() {
	}

	/**
	 * The rows of an invoice: its parts in order, then a patient part a transfer creates.
	 */
	public static List<PartState> of(GeneratedInvoice invoice) {
		return afterOneNight(allNights(invoice));
	}

	/**
	 * The invoice as if every night's files had come tonight: the rules below hold for
	 * the merge, since no part gets a second return and no invoice a second transfer.
	 */
	static GeneratedInvoice allNights(GeneratedInvoice invoice) {
		if (invoice.earlier().equals(Settlement.NONE)) {
			return invoice;
		}
		return invoice.withSettlement(invoice.earlier().then(invoice.settlement())).withoutEarlier();
	}

	private static List<PartState> afterOneNight(GeneratedInvoice invoice) {
		List<PartState> rows = new ArrayList<>(3);
		Settlement settlement = invoice.settlement();
		long transferred = transferredCents(invoice);
		boolean patientPart = false;
		for (InvoicePart part : invoice.parts()) {
			if (part.payer() == Payer.PATIENT) {
				rows.add(patient(invoice, transferred));
				patientPart = true;
			}
			else {
				rows.add(payer(part, invoice.paid(part.payer()), settlement.returnFor(part.payer())));
			}
		}
		if (!patientPart && transferred > 0) {
			rows.add(patient(invoice, transferred));
		}
		return rows;
	}

	private static PartState payer(InvoicePart part, BigDecimal ledgerPaid, PayerReturn ret) {
		BigDecimal due = part.due();
		if (ret == null) {
			return settledState(part.payer(), due, ledgerPaid);
		}
		return switch (ret.outcome()) {
			case PAID, PARTLY_PAID -> settledState(part.payer(), due,
					ret.alreadyInLedger() ? ledgerPaid.max(ret.paid()) : ledgerPaid.add(ret.paid()));
			case TRANSFERRED -> new PartState(part.payer(), due, due, "transferred");
			case REBILL -> new PartState(part.payer(), due, ledgerPaid, "rejected");
			case DEFERRED -> new PartState(part.payer(), due, ledgerPaid, "pending");
		};
	}

	private static PartState patient(GeneratedInvoice invoice, long transferred) {
		BigDecimal due = invoice.due(Payer.PATIENT);
		long settled = Amounts.toCents(invoice.paid(Payer.PATIENT)) + bankCents(invoice) - transferred;
		if (transferred > 0) {
			return new PartState(Payer.PATIENT, due, Amounts.ofCents(settled), "open");
		}
		return settledState(Payer.PATIENT, due, Amounts.ofCents(settled));
	}

	private static PartState settledState(Payer payer, BigDecimal due, BigDecimal settled) {
		return new PartState(payer, due, settled, settled.compareTo(due) >= 0 ? "paid" : "open");
	}

	/**
	 * What the patient's bank transfer puts on the part: at most its open amount (the
	 * rest is a credit).
	 */
	static long bankCents(GeneratedInvoice invoice) {
		BankTransfer bank = invoice.settlement().bankTransfer();
		if (bank == null) {
			return 0;
		}
		long open = Amounts.toCents(invoice.due(Payer.PATIENT)) - Amounts.toCents(invoice.paid(Payer.PATIENT));
		return Math.min(Amounts.toCents(bank.amount()), Math.max(0, open));
	}

	/** The AMO and AMC amounts that move to the patient tonight. */
	static long transferredCents(GeneratedInvoice invoice) {
		return invoice.settlement()
			.returns()
			.stream()
			.filter(r -> r.outcome() == PayerReturn.Outcome.TRANSFERRED)
			.mapToLong(r -> Amounts.toCents(r.claimed()))
			.sum();
	}

	/**
	 * Every open amount the patient part may show while tonight's bank lines are matched
	 * (before its own transfer, after it, and after it as the engine's larger-of rule
	 * counts it), above zero: what an exact-amount payment by name could meet.
	 */
	static Set<Long> patientOpenValues(GeneratedInvoice invoice) {
		long due = Amounts.toCents(invoice.due(Payer.PATIENT));
		long paid = Amounts.toCents(invoice.paid(Payer.PATIENT));
		long moved = transferredCents(invoice);
		long bank = bankCents(invoice);
		Set<Long> values = new TreeSet<>();
		for (long open : new long[] { due - paid + moved, due - paid - bank + moved,
				due - Math.max(paid, bank) + moved }) {
			if (open > 0) {
				values.add(open);
			}
		}
		return values;
	}

}

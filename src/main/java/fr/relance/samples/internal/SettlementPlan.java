package fr.relance.samples.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.relance.samples.BankTransfer;
import fr.relance.samples.GeneratedInvoice;
import fr.relance.samples.Settlement;

/**
 * The settlements of one establishment's invoices. Two facts need the whole
 * establishment, so they are found by cheap passes before writing, keeping only small
 * tables (never the invoices): which patients have a single invoice (an over-payment then
 * has no other invoice to spill onto, and becomes a credit), and which payments by name
 * and exact amount meet exactly one open patient part (an ambiguous one would rightly
 * wait in suspense; such a payment is simply not made).
 */
public final class SettlementPlan {

	private final InvoiceFactory invoices;

	private final SettlementDraws draws;

	private final byte[] invoicesByPatient;

	private final Set<Integer> unambiguous;

	private SettlementPlan(InvoiceFactory invoices, SettlementDraws draws, byte[] invoicesByPatient,
			Set<Integer> unambiguous) {
		this.invoices = invoices;
		this.draws = draws;
		this.invoicesByPatient = invoicesByPatient;
		this.unambiguous = unambiguous;
	}

	/** Plans the establishment's {@code count} invoices. */
	public static SettlementPlan prepare(long seed, int establishment, String finess, LocalDate businessDate,
			InvoiceFactory invoices, int count) {
		byte[] byPatient = new byte[invoices.patientCount()];
		for (int i = 0; i < count; i++) {
			int patient = invoices.patientIndex(i);
			byPatient[patient] = (byte) Math.min(2, byPatient[patient] + 1);
		}
		SettlementDraws draws = new SettlementDraws(seed, establishment, finess, businessDate);
		SettlementPlan draft = new SettlementPlan(invoices, draws, byPatient, null);
		return new SettlementPlan(invoices, draws, byPatient, draft.unambiguousNamePayments(count));
	}

	/** Invoice {@code index} with its settlement. */
	public GeneratedInvoice invoice(int index) {
		GeneratedInvoice invoice = this.invoices.invoice(index);
		Settlement settlement = draft(invoice, index);
		BankTransfer bank = settlement.bankTransfer();
		if (bank != null && bank.kind() == BankTransfer.Kind.NAME_AND_AMOUNT && !this.unambiguous.contains(index)) {
			settlement = new Settlement(settlement.returns(), null, settlement.billed());
		}
		return invoice.withSettlement(settlement);
	}

	private Settlement draft(GeneratedInvoice invoice, int index) {
		return this.draws.draw(invoice, index, this.invoicesByPatient[this.invoices.patientIndex(index)] == 1);
	}

	/**
	 * Candidates by amount, then for each the open patient parts it could meet; keeps
	 * those meeting one.
	 */
	private Set<Integer> unambiguousNamePayments(int count) {
		Map<Long, List<Candidate>> byAmount = new HashMap<>();
		for (int i = 0; i < count; i++) {
			GeneratedInvoice invoice = this.invoices.invoice(i);
			BankTransfer bank = draft(invoice, i).bankTransfer();
			if (bank != null && bank.kind() == BankTransfer.Kind.NAME_AND_AMOUNT) {
				byAmount.computeIfAbsent(bank.amount().movePointRight(2).longValueExact(), a -> new ArrayList<>())
					.add(new Candidate(i, bank.debtorName().toUpperCase(Locale.ROOT)));
			}
		}
		if (byAmount.isEmpty()) {
			return Set.of();
		}
		for (int i = 0; i < count; i++) {
			GeneratedInvoice drawn = this.invoices.invoice(i);
			GeneratedInvoice invoice = drawn.withSettlement(draft(drawn, i));
			String name = invoice.patient().lastName().toUpperCase(Locale.ROOT);
			for (long open : ExpectedParts.patientOpenValues(invoice)) {
				for (Candidate candidate : byAmount.getOrDefault(open, List.of())) {
					if (candidate.payer.contains(name)) {
						candidate.fits++;
					}
				}
			}
		}
		Set<Integer> unique = new HashSet<>();
		byAmount.values().forEach(list -> list.stream().filter(c -> c.fits == 1).forEach(c -> unique.add(c.index)));
		return unique;
	}

	private static final class Candidate {

		final int index;

		final String payer;

		int fits;

		Candidate(int index, String payer) {
			this.index = index;
			this.payer = payer;
		}

	}

}

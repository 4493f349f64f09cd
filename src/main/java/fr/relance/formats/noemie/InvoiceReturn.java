package fr.relance.formats.noemie;

import java.util.List;

import fr.relance.support.ids.Masking;

/**
 * The return on one invoice (entity {@code 102}, or the short {@code 100} which takes lot
 * number and date from its lot), with what was attached to it. {@code lotNumber},
 * {@code lotDateRaw} and {@code invoiceNumber} are the raw strings of the invoice key,
 * matched against B2 without parsing dates. NIRs are null when absent and never printed
 * by {@link #toString()}; no names are kept.
 */
public record InvoiceReturn(Transfer transfer, Lot lot, String invoiceNumber, String lotNumber, String lotDateRaw,
		char invoiceType, String billingDateRaw, String natureAssurance, String insuredNir, String beneficiaryNir,
		Part amo, Part amc, List<Reject> rejects, List<ActLine> lines, long recordNumber) implements NoemieEvent {

	public InvoiceReturn {
		rejects = List.copyOf(rejects);
		lines = List.copyOf(lines);
	}

	/** AMO paid amount, 0 without a {@code 198}. */
	public long amoPaidCents() {
		return amo == null ? 0 : amo.paidCents();
	}

	@Override
	public String toString() {
		return "InvoiceReturn[invoice=" + invoiceNumber + ", lot=" + lotNumber + "/" + lotDateRaw + ", type="
				+ invoiceType + ", insuredNir=" + Masking.full(insuredNir) + ", amo=" + amo + ", amc=" + amc
				+ ", rejects=" + rejects + ", lines=" + lines.size() + ", record=" + recordNumber + "]";
	}

}

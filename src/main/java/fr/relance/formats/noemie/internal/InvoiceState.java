package fr.relance.formats.noemie.internal;

import java.util.ArrayList;
import java.util.List;

import fr.relance.formats.noemie.ActLine;
import fr.relance.formats.noemie.InvoiceReturn;
import fr.relance.formats.noemie.Lot;
import fr.relance.formats.noemie.NoemieReason;
import fr.relance.formats.noemie.Part;
import fr.relance.formats.noemie.Reject;
import fr.relance.formats.noemie.Transfer;

/**
 * The invoice return being read: collects its child entities until the next sibling or
 * parent closes it.
 */
final class InvoiceState {

	private final Transfer transfer;

	private final Lot lot;

	private final String invoiceNumber;

	private final String lotNumber;

	private final String lotDateRaw;

	private final char invoiceType;

	private final String billingDateRaw;

	private final String nature;

	private final long recordNumber;

	private String insuredNir;

	private String beneficiaryNir;

	private Part amo;

	private Part amc;

	private final List<Reject> rejects = new ArrayList<>(2);

	private final List<ActLine> lines = new ArrayList<>(2);

	InvoiceState(Transfer transfer, Lot lot, String invoiceNumber, String lotNumber, String lotDateRaw,
			char invoiceType, String billingDateRaw, String nature, long recordNumber) {
		this.transfer = transfer;
		this.lot = lot;
		this.invoiceNumber = invoiceNumber;
		this.lotNumber = lotNumber;
		this.lotDateRaw = lotDateRaw;
		this.invoiceType = invoiceType;
		this.billingDateRaw = billingDateRaw;
		this.nature = nature;
		this.recordNumber = recordNumber;
	}

	void nirs(String insured, String beneficiary) {
		if (insured != null) {
			insuredNir = insured;
		}
		if (beneficiary != null) {
			beneficiaryNir = beneficiary;
		}
	}

	void part(Part part, boolean amcPart) {
		if ((amcPart ? amc : amo) != null) {
			throw new EntityProblem(NoemieReason.DUPLICATE_PART, 1,
					"invoice has two " + (amcPart ? "199 AMC" : "198 AMO") + " parts");
		}
		if (amcPart) {
			amc = part;
		}
		else {
			amo = part;
		}
	}

	void reject(Reject reject) {
		rejects.add(reject);
	}

	void line(ActLine line) {
		lines.add(line);
	}

	long amoPaidCents() {
		return amo == null ? 0 : amo.paidCents();
	}

	InvoiceReturn toReturn() {
		return new InvoiceReturn(transfer, lot, invoiceNumber, lotNumber, lotDateRaw, invoiceType, billingDateRaw,
				nature, insuredNir, beneficiaryNir, amo, amc, rejects, lines, recordNumber);
	}

}

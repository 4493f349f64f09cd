package fr.relance.formats.b2.internal;

import java.util.ArrayList;
import java.util.List;

import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.B2Layout;
import fr.relance.formats.b2.B2Line;
import fr.relance.formats.b2.ExpectedSplit;
import fr.relance.formats.b2.InvoiceKey;

/** The invoice being read, from its {@code 2} to its {@code 5}. */
final class InvoiceBuilder {

	final InvoiceKey key;

	private final B2Layout layout;

	private final String insuredNir;

	private final String rank;

	private final String entryNumber;

	private final String caisse;

	private final String nature;

	private final String entryDateRaw;

	private final String exitDateRaw;

	private final String contractType;

	private final String amcNumber;

	private final long recordNumber;

	String paymentRecipient;

	int lineRecords;

	final List<B2Line> lines = new ArrayList<>(4);

	final List<String> otherRecords = new ArrayList<>(2);

	InvoiceBuilder(InvoiceKey key, B2Layout layout, String insuredNir, String rank, String entryNumber, String caisse,
			String nature, String entryDateRaw, String exitDateRaw, String contractType, String amcNumber,
			String paymentRecipient, long recordNumber) {
		this.key = key;
		this.layout = layout;
		this.insuredNir = insuredNir;
		this.rank = rank;
		this.entryNumber = entryNumber;
		this.caisse = caisse;
		this.nature = nature;
		this.entryDateRaw = entryDateRaw;
		this.exitDateRaw = exitDateRaw;
		this.contractType = contractType;
		this.amcNumber = amcNumber;
		this.paymentRecipient = paymentRecipient;
		this.recordNumber = recordNumber;
	}

	B2Invoice build(int declaredLineCount, ExpectedSplit split) {
		return new B2Invoice(key, layout, insuredNir, rank, entryNumber, caisse, nature, entryDateRaw, exitDateRaw,
				contractType, amcNumber, paymentRecipient, declaredLineCount, lineRecords, lines, split, otherRecords,
				recordNumber);
	}

}

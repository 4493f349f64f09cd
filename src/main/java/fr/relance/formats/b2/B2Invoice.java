package fr.relance.formats.b2;

import java.util.List;

import fr.relance.support.ids.Masking;

/**
 * One invoice, emitted at its record {@code 5}. {@code caisse} is grand régime + caisse +
 * centre (9 characters); {@code paymentRecipient} the "destinataire du règlement"
 * ({@code 00}, {@code 05}, {@code 15}, {@code 25}; from {@code 2S} in CP), null when
 * absent. {@code lineRecords} counts the {@code 3}/{@code 4} records read; {@code lines}
 * holds their amounts (CP only). {@code otherRecords} keeps, raw, the records of the
 * invoice this reader does not interpret. The NIR is never printed by
 * {@link #toString()}.
 */
public record B2Invoice(InvoiceKey key, B2Layout layout, String insuredNir, String beneficiaryRank, String entryNumber,
		String caisse, String natureAssurance, String entryDateRaw, String exitDateRaw, String contractType,
		String amcNumber, String paymentRecipient, int declaredLineCount, int lineRecords, List<B2Line> lines,
		ExpectedSplit split, List<String> otherRecords, long recordNumber) implements B2Event {

	public B2Invoice {
		lines = List.copyOf(lines);
		otherRecords = List.copyOf(otherRecords);
	}

	@Override
	public String toString() {
		return "B2Invoice[key=" + key + ", layout=" + layout + ", insuredNir=" + Masking.full(insuredNir) + ", caisse="
				+ caisse + ", split=" + split + ", lines=" + lineRecords + ", record=" + recordNumber + "]";
	}

}

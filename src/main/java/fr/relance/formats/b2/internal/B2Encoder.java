package fr.relance.formats.b2.internal;

import static fr.relance.formats.b2.internal.B2Layouts.END_5_CP;
import static fr.relance.formats.b2.internal.B2Layouts.END_5_STANDARD;
import static fr.relance.formats.b2.internal.B2Layouts.FEES_4_CP;
import static fr.relance.formats.b2.internal.B2Layouts.HEADER;
import static fr.relance.formats.b2.internal.B2Layouts.HOSPITAL_3_CP;
import static fr.relance.formats.b2.internal.B2Layouts.INVOICE_2S_CP;
import static fr.relance.formats.b2.internal.B2Layouts.INVOICE_2_CP;
import static fr.relance.formats.b2.internal.B2Layouts.INVOICE_2_STANDARD;
import static fr.relance.formats.b2.internal.B2Layouts.LOT_1;
import static fr.relance.formats.b2.internal.B2Layouts.LOT_END_6;
import static fr.relance.formats.b2.internal.B2Layouts.TRAILER;

import fr.relance.formats.b2.B2Header;
import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.B2Layout;
import fr.relance.formats.b2.B2Line;
import fr.relance.formats.b2.B2Lot;
import fr.relance.formats.b2.ExpectedSplit;
import fr.relance.formats.fixedwidth.RecordBuilder;
import fr.relance.formats.fixedwidth.RecordLayout;

/** Typed values to 128-character B2 records, through the same layouts the reader uses. */
public final class B2Encoder {

	private B2Encoder() {
	}

	public static String header(B2Header h) {
		return new RecordBuilder(HEADER).text("type", "000")
			.text("senderType", h.senderType())
			.text("senderNumber", h.senderNumber())
			.text("addresseeType", h.addresseeType())
			.text("addresseeNumber", h.addresseeNumber())
			.text("fileId", h.fileId())
			.text("creationDate", h.creationDateRaw())
			.text("norm", h.norm())
			.text("normVersion", h.normVersion())
			.text("recordLength", "128")
			.build();
	}

	public static String lot(B2Lot lot) {
		return new RecordBuilder(LOT_1).text("type", "1")
			.text("partner", lot.partner())
			.text("destination", lot.destination())
			.text("lotNumber", lot.lotNumber())
			.text("name", lot.name())
			.text("lotDate", lot.lotDateRaw())
			.character("currency", lot.currency())
			.build();
	}

	public static String invoice(B2Invoice i) {
		if (i.layout() == B2Layout.STANDARD) {
			return prefix(INVOICE_2_STANDARD, "2", i).character("operation", '0')
				.text("caisse", i.caisse())
				.text("paymentRecipient", i.paymentRecipient())
				.build();
		}
		return prefix(INVOICE_2_CP, "2", i).character("operation", '0')
			.text("entryNumber", i.entryNumber())
			.text("caisse", i.caisse())
			.text("natureAssurance", i.natureAssurance())
			.text("entryDate", i.entryDateRaw())
			.text("exitDate", i.exitDateRaw())
			.text("contractType", i.contractType())
			.text("amcNumber", i.amcNumber())
			.build();
	}

	public static String complement2S(B2Invoice i) {
		return prefix(INVOICE_2S_CP, "2", i).character("subtype", 'S')
			.text("sequence", "01")
			.text("paymentRecipient", i.paymentRecipient())
			.build();
	}

	public static String line(B2Invoice i, B2Line line) {
		RecordLayout layout = line.kind() == '3' ? HOSPITAL_3_CP : FEES_4_CP;
		return prefix(layout, String.valueOf(line.kind()), i).cents("amo", line.amoCents())
			.cents("amc", line.amcCents())
			.cents("total", line.totalCents())
			.build();
	}

	/**
	 * CP: fee totals are the sums of the {@code 4} lines, hospital totals the rest of the
	 * split.
	 */
	public static String end(B2Invoice i) {
		ExpectedSplit s = i.split();
		if (i.layout() == B2Layout.STANDARD) {
			return prefix(END_5_STANDARD, "5", i).number("lineCount", i.lineRecords())
				.cents("billed", s.totalCents())
				.cents("amo", s.amoCents())
				.cents("patientBeforeAmc", s.patientBeforeAmcCents())
				.cents("amc", s.amcCents())
				.build();
		}
		long[] fees = new long[3];
		i.lines().stream().filter(l -> l.kind() == '4').forEach(l -> {
			fees[0] += l.amoCents();
			fees[1] += l.amcCents();
			fees[2] += l.totalCents();
		});
		return prefix(END_5_CP, "5", i).number("lineCount", i.lineRecords())
			.cents("hospitalAmo", s.amoCents() - fees[0])
			.cents("feesAmo", fees[0])
			.cents("hospitalAmc", s.amcCents() - fees[1])
			.cents("feesAmc", fees[1])
			.cents("hospitalBilled", s.totalCents() - fees[2])
			.cents("feesBilled", fees[2])
			.cents("patientBeforeAmc", s.patientBeforeAmcCents())
			.build();
	}

	public static String lotEnd(String partner, String lotNumber, long invoices, long lines, long type2, long billed,
			long amo, long amc, char marking) {
		return new RecordBuilder(LOT_END_6).text("type", "6")
			.text("partner", partner)
			.number("invoiceCount", invoices)
			.number("lineCount", lines)
			.number("type2Count", type2)
			.number("type5Count", invoices)
			.cents("billed", billed)
			.cents("amo", amo)
			.cents("amc", amc)
			.text("lotNumber", lotNumber)
			.character("marking", marking)
			.build();
	}

	public static String trailer(B2Header h, long records, long lots) {
		return new RecordBuilder(TRAILER).text("type", "999")
			.text("senderType", h.senderType())
			.text("senderNumber", h.senderNumber())
			.text("addresseeType", h.addresseeType())
			.text("addresseeNumber", h.addresseeNumber())
			.text("fileId", h.fileId())
			.number("recordCount", records)
			.number("lotCount", lots)
			.build();
	}

	private static RecordBuilder prefix(RecordLayout layout, String type, B2Invoice i) {
		RecordBuilder b = new RecordBuilder(layout).text("type", type)
			.text("partner", i.key().sender())
			.text("nir", i.insuredNir())
			.text("invoice", i.key().invoiceNumber());
		return i.layout() == B2Layout.CP ? b.text("rank", i.beneficiaryRank()) : b;
	}

}

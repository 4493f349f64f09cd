package fr.relance.formats.b2.internal;

import static fr.relance.formats.fixedwidth.FieldSpec.field;
import static fr.relance.formats.fixedwidth.FieldType.ALPHA;
import static fr.relance.formats.fixedwidth.FieldType.AMOUNT;
import static fr.relance.formats.fixedwidth.FieldType.CODE;
import static fr.relance.formats.fixedwidth.FieldType.DATE;
import static fr.relance.formats.fixedwidth.FieldType.NUMBER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import fr.relance.formats.b2.B2Layout;
import fr.relance.formats.fixedwidth.FieldSpec;
import fr.relance.formats.fixedwidth.RecordLayout;

/**
 * The B2 layouts we read and write (docs/formats.md#b2-records; sources of 2007 and 2023:
 * docs/formats.md#sources). Every record is 128 characters. Only the fields we use are
 * declared; a layout revision is an edit of this table.
 */
public final class B2Layouts {

	public static final int RECORD_LENGTH = 128;

	public static final RecordLayout HEADER = RecordLayout.of("000", 128, field("type", 1, 3, CODE),
			field("senderType", 4, 2, CODE), field("senderNumber", 6, 14, CODE), field("addresseeType", 26, 2, CODE),
			field("addresseeNumber", 28, 14, CODE), field("fileId", 50, 6, CODE), field("creationDate", 56, 6, DATE),
			field("norm", 62, 4, CODE), field("normVersion", 66, 2, CODE), field("recordLength", 83, 3, CODE));

	public static final RecordLayout LOT_1 = RecordLayout.of("1", 128, field("type", 1, 1, CODE),
			field("partner", 2, 9, CODE), field("fileOrigin", 11, 6, CODE), field("destination", 17, 3, CODE),
			field("lotNumber", 20, 3, NUMBER), field("category", 23, 3, CODE), field("name", 30, 40, ALPHA),
			field("normVersion", 70, 2, CODE), field("lotDate", 72, 6, DATE), field("currency", 88, 1, CODE));

	public static final RecordLayout INVOICE_2_CP = cp("2", field("operation", 39, 1, CODE),
			field("entryNumber", 40, 9, CODE), field("caisse", 49, 9, CODE), field("natureAssurance", 77, 2, CODE),
			field("entryDate", 103, 6, DATE), field("exitDate", 109, 6, DATE), field("contractType", 117, 2, CODE),
			field("amcNumber", 119, 10, CODE));

	public static final RecordLayout INVOICE_2_STANDARD = standard("2", field("operation", 39, 1, CODE),
			field("billingDate", 40, 6, DATE), field("caisse", 49, 9, CODE), field("paymentRecipient", 115, 2, CODE));

	public static final RecordLayout INVOICE_2S_CP = cp("2S", field("subtype", 39, 1, CODE),
			field("sequence", 40, 2, CODE), field("paymentRecipient", 48, 2, CODE));

	public static final RecordLayout HOSPITAL_3_CP = cp("3", field("amo", 94, 8, AMOUNT),
			field("total", 102, 8, AMOUNT), field("amc", 122, 7, AMOUNT));

	public static final RecordLayout FEES_4_CP = cp("4", field("amo", 108, 7, AMOUNT), field("total", 115, 7, AMOUNT),
			field("amc", 123, 6, AMOUNT));

	public static final RecordLayout END_5_CP = cp("5", field("lineCount", 39, 3, NUMBER),
			field("hospitalBase", 42, 8, AMOUNT), field("hospitalAmo", 50, 8, AMOUNT),
			field("feesBilled", 58, 8, AMOUNT), field("feesAmo", 66, 8, AMOUNT),
			field("patientBeforeAmc", 74, 8, AMOUNT), field("hospitalAmc", 82, 8, AMOUNT),
			field("feesAmc", 90, 8, AMOUNT), field("hospitalBilled", 115, 8, AMOUNT));

	public static final RecordLayout END_5_STANDARD = standard("5", field("lineCount", 39, 3, NUMBER),
			field("billed", 58, 8, AMOUNT), field("amo", 66, 8, AMOUNT), field("patientBeforeAmc", 74, 8, AMOUNT),
			field("amc", 82, 8, AMOUNT));

	public static final RecordLayout LOT_END_6 = RecordLayout.of("6", 128, field("type", 1, 1, CODE),
			field("partner", 2, 9, CODE), field("invoiceCount", 11, 3, NUMBER), field("lineCount", 14, 4, NUMBER),
			field("type2Count", 18, 4, NUMBER), field("type5Count", 22, 3, NUMBER), field("billed", 25, 9, AMOUNT),
			field("amo", 34, 9, AMOUNT), field("amc", 43, 9, AMOUNT), field("lotNumber", 52, 3, NUMBER),
			field("marking", 55, 1, CODE));

	public static final RecordLayout TRAILER = RecordLayout.of("999", 128, field("type", 1, 3, CODE),
			field("senderType", 4, 2, CODE), field("senderNumber", 6, 14, CODE), field("addresseeType", 26, 2, CODE),
			field("addresseeNumber", 28, 14, CODE), field("fileId", 50, 6, CODE), field("recordCount", 56, 8, NUMBER),
			field("lotCount", 83, 3, NUMBER));

	private B2Layouts() {
	}

	/** Layout of the end-of-invoice record for a layout family. */
	public static RecordLayout end5(B2Layout layout) {
		return layout == B2Layout.CP ? END_5_CP : END_5_STANDARD;
	}

	/**
	 * CP prefix of records 2 to 5: partner, NIR + key, beneficiary rank, invoice number.
	 */
	private static RecordLayout cp(String type, FieldSpec... fields) {
		return invoiceRecord(type, field("rank", 27, 3, CODE), field("invoice", 30, 9, NUMBER), fields);
	}

	/** Standard prefix of records 2 to 5: partner, NIR + key, invoice number. */
	private static RecordLayout standard(String type, FieldSpec... fields) {
		return invoiceRecord(type, null, field("invoice", 27, 9, NUMBER), fields);
	}

	private static RecordLayout invoiceRecord(String type, FieldSpec rank, FieldSpec invoice, FieldSpec... fields) {
		List<FieldSpec> all = new ArrayList<>(
				List.of(field("type", 1, 1, CODE), field("partner", 2, 9, CODE), field("nir", 12, 15, CODE), invoice));
		if (rank != null) {
			all.add(rank);
		}
		all.addAll(Arrays.asList(fields));
		return RecordLayout.of(type, 128, all.toArray(FieldSpec[]::new));
	}

}

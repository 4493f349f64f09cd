package fr.relance.formats.noemie.internal;

import static fr.relance.formats.fixedwidth.FieldSpec.field;
import static fr.relance.formats.fixedwidth.FieldType.ALPHA;
import static fr.relance.formats.fixedwidth.FieldType.AMOUNT;
import static fr.relance.formats.fixedwidth.FieldType.CODE;
import static fr.relance.formats.fixedwidth.FieldType.DATE;
import static fr.relance.formats.fixedwidth.FieldType.NUMBER;

import fr.relance.formats.fixedwidth.FieldSpec;
import fr.relance.formats.fixedwidth.RecordLayout;

/**
 * The NOEMIE PS layouts we read and write (docs/formats.md#noemie-entities; 2007 source:
 * docs/formats.md#sources). Positions are relative to the first character of the entity;
 * the nominal length excludes the {@code @}. Only the fields we use are declared; a
 * layout revision is an edit of this table. Entities may be longer than declared (later
 * versions append fields), not shorter than their last declared field.
 */
public final class NoemieLayouts {

	/** Physical record length of the header, the trailer and the data records. */
	public static final int RECORD_LENGTH = 128;

	public static final RecordLayout HEADER = RecordLayout.of("000", 128, field("type", 1, 3, CODE),
			field("senderType", 4, 2, CODE), field("senderNumber", 6, 14, CODE), field("senderProgram", 20, 6, CODE),
			field("addresseeType", 26, 2, CODE), field("addresseeNumber", 28, 14, CODE),
			field("addresseeProgram", 42, 6, CODE), field("application", 48, 2, CODE), field("fileId", 50, 6, CODE),
			field("creationDate", 56, 6, DATE), field("norm", 62, 4, CODE), field("version", 66, 2, CODE),
			field("currency", 70, 1, CODE), field("flowType", 71, 1, CODE), field("recordLength", 83, 3, CODE));

	public static final RecordLayout TRAILER = RecordLayout.of("999", 128, field("type", 1, 3, CODE),
			field("senderType", 4, 2, CODE), field("senderNumber", 6, 14, CODE), field("addresseeType", 26, 2, CODE),
			field("addresseeNumber", 28, 14, CODE), field("fileId", 50, 6, CODE), field("recordCount", 56, 8, NUMBER),
			field("flowType", 64, 1, CODE), field("lotCount", 83, 3, NUMBER), field("total", 86, 11, AMOUNT),
			field("sign", 97, 1, CODE));

	public static final RecordLayout PAYEE_040 = entity("040", 20, field("payee", 6, 15, CODE));

	public static final RecordLayout TRANSFER_071 = entity("071", 85, field("date", 6, 6, DATE),
			field("label1", 12, 32, ALPHA), field("label2", 44, 32, ALPHA), field("payer", 76, 10, ALPHA));

	public static final RecordLayout LOT_080 = entity("080", 14, field("lotDate", 6, 6, DATE),
			field("lotNumber", 12, 3, NUMBER));

	public static final RecordLayout RETURN_TYPE_081 = entity("081", 21, field("returnType", 6, 2, CODE),
			field("place", 8, 14, ALPHA));

	public static final RecordLayout INVOICE_100 = entity("100", 14, field("invoice", 6, 9, NUMBER));

	public static final RecordLayout INVOICE_102 = entity("102", 39, field("invoice", 6, 9, NUMBER),
			field("complement", 15, 6, CODE), field("lotNumber", 21, 3, NUMBER), field("lotDate", 24, 6, DATE),
			field("invoiceType", 30, 1, CODE), field("billingDate", 31, 6, DATE), field("amcHandling", 37, 1, CODE),
			field("nature", 38, 2, CODE));

	public static final RecordLayout INSURED_BENEFICIARY_103 = entity("103", 151, field("nir", 6, 15, CODE),
			field("beneficiaryNir", 86, 15, CODE));

	public static final RecordLayout INSURED_110 = entity("110", 87, field("nir", 6, 15, CODE));

	public static final RecordLayout PATIENT_120 = entity("120", 56);

	public static final RecordLayout AMO_198 = entity("198", 23, field("claimed", 6, 8, AMOUNT),
			field("status", 14, 1, CODE), field("paid", 15, 8, AMOUNT), field("sign", 23, 1, CODE));

	public static final RecordLayout AMC_199 = entity("199", 48, field("claimed", 6, 8, AMOUNT),
			field("status", 14, 1, CODE), field("paid", 15, 8, AMOUNT), field("sign", 23, 1, CODE),
			field("organism", 24, 10, CODE));

	public static final RecordLayout ACT_210 = entity("210", 117, field("line", 6, 2, NUMBER),
			field("reimbursed", 53, 8, AMOUNT), field("sign", 61, 1, CODE));

	public static final RecordLayout RETENTION_250 = entity("250", 46, field("line", 6, 2, NUMBER),
			field("debtReference", 8, 10, ALPHA), field("debtDate", 18, 6, DATE), field("debtNature", 24, 3, CODE),
			field("operation", 27, 3, CODE), field("amount", 30, 8, AMOUNT), field("sign", 38, 1, CODE),
			field("remaining", 39, 8, AMOUNT));

	public static final RecordLayout SIGNAL_290 = entity("290", 97, field("line", 6, 2, CODE),
			field("code", 8, 10, ALPHA), field("label", 18, 80, ALPHA));

	public static final RecordLayout REJECT_294 = entity("294", 152, field("code", 6, 4, ALPHA),
			field("label", 10, 86, ALPHA), field("rejectLevel", 96, 1, CODE), field("part", 97, 1, CODE));

	public static final RecordLayout CONTROL_990 = entity("990", 42, field("levelId", 6, 17, CODE),
			field("count", 23, 8, NUMBER), field("sum", 31, 11, AMOUNT), field("sign", 42, 1, CODE));

	private NoemieLayouts() {
	}

	/** Every entity starts with its type (1-3) and its level (4-5). */
	private static RecordLayout entity(String type, int length, FieldSpec... fields) {
		FieldSpec[] all = new FieldSpec[fields.length + 2];
		all[0] = field("type", 1, 3, CODE);
		all[1] = field("level", 4, 2, CODE);
		System.arraycopy(fields, 0, all, 2, fields.length);
		return RecordLayout.of(type, length, all);
	}

}

package fr.relance.formats.b2.internal;

import static fr.relance.formats.b2.internal.B2Layouts.FEES_4_CP;
import static fr.relance.formats.b2.internal.B2Layouts.HEADER;
import static fr.relance.formats.b2.internal.B2Layouts.HOSPITAL_3_CP;
import static fr.relance.formats.b2.internal.B2Layouts.INVOICE_2S_CP;
import static fr.relance.formats.b2.internal.B2Layouts.INVOICE_2_CP;
import static fr.relance.formats.b2.internal.B2Layouts.INVOICE_2_STANDARD;
import static fr.relance.formats.b2.internal.B2Layouts.LOT_1;

import java.util.function.Consumer;

import fr.relance.formats.b2.B2Event;
import fr.relance.formats.b2.B2FormatException;
import fr.relance.formats.b2.B2Header;
import fr.relance.formats.b2.B2Layout;
import fr.relance.formats.b2.B2Line;
import fr.relance.formats.b2.B2Lot;
import fr.relance.formats.b2.B2OtherRecord;
import fr.relance.formats.b2.B2Options;
import fr.relance.formats.b2.B2Reason;
import fr.relance.formats.b2.InvoiceKey;
import fr.relance.formats.fixedwidth.FieldReader;
import fr.relance.formats.fixedwidth.FieldType;
import fr.relance.formats.fixedwidth.FixedWidthException;
import fr.relance.formats.fixedwidth.RecordLayout;

/**
 * Groups B2 records into lots and invoices and emits them; lot and file checks are in
 * {@link B2Checks}. Records it does not interpret are kept raw, in their invoice when one
 * is open.
 */
public final class B2Assembler {

	private final B2Options options;

	private final Consumer<B2Event> out;

	private final FieldReader r = new FieldReader();

	private final B2Checks checks;

	private B2Layout layout;

	private InvoiceBuilder invoice;

	private boolean finished;

	private long record;

	private long offset;

	public B2Assembler(B2Options options, Consumer<B2Event> out) {
		this.options = options;
		this.out = out;
		this.checks = new B2Checks(options.strict(), out);
	}

	/** One 128-character record. */
	public void record(char[] chars, long recordNumber, long recordOffset) {
		record = recordNumber;
		offset = recordOffset;
		checks.at(recordNumber, recordOffset);
		try {
			dispatch(chars);
		}
		catch (FixedWidthException ex) {
			throw translate(ex, record, offset + ex.position() - 1);
		}
	}

	/** True once the {@code 999} trailer has been handled. */
	public boolean finished() {
		return finished;
	}

	private void dispatch(char[] chars) {
		if (layout == null) {
			header(chars);
			return;
		}
		if (record == 2 && (chars[0] == '0' || chars[0] == '1') && new String(chars).indexOf('@') >= 0) {
			throw problem(B2Reason.NOT_B2, "the second record holds @ entity delimiters (a NOEMIE file?)");
		}
		String type = B2RecordType.of(chars, layout);
		switch (type) {
			case "000" -> throw problem(B2Reason.OUT_OF_PLACE, "second 000 header");
			case "1" -> lot(chars);
			case "2" -> startInvoice(chars);
			case "5" -> endInvoice(chars);
			case "6" -> {
				requireNoInvoice("6");
				checks.endLot(r.bind(B2Layouts.LOT_END_6, chars, 0, chars.length));
			}
			case "999" -> {
				requireNoInvoice("999");
				checks.trailer(r.bind(B2Layouts.TRAILER, chars, 0, chars.length));
				finished = true;
			}
			default -> other(type, chars);
		}
	}

	private void header(char[] chars) {
		if (!"000".equals(B2RecordType.of(chars, B2Layout.STANDARD))) {
			throw problem(B2Reason.NOT_B2, "the first record is not a 000 header");
		}
		r.bind(HEADER, chars, 0, chars.length);
		r.date("creationDate", options.datePattern());
		B2Header header = new B2Header(r.raw("senderType"), r.text("senderNumber"), r.raw("addresseeType"),
				r.text("addresseeNumber"), r.text("fileId"), r.raw("creationDate"), r.raw("norm"),
				r.raw("normVersion"));
		layout = header.layout();
		checks.header(header);
		out.accept(header);
	}

	private void lot(char[] chars) {
		requireNoInvoice("1");
		r.bind(LOT_1, chars, 0, chars.length);
		checks.openLot(new B2Lot(r.raw("partner"), r.raw("destination"), r.digits("lotNumber"), r.raw("lotDate"),
				r.date("lotDate", options.datePattern()), r.text("name"), r.character("currency"), record));
	}

	private void startInvoice(char[] chars) {
		requireNoInvoice("2");
		B2Lot lot = checks.lot();
		if (lot == null) {
			throw problem(B2Reason.OUT_OF_PLACE, "invoice outside a lot");
		}
		boolean cp = layout == B2Layout.CP;
		r.bind(cp ? INVOICE_2_CP : INVOICE_2_STANDARD, chars, 0, chars.length);
		InvoiceKey key = new InvoiceKey(r.raw("partner"), lot.lotNumber(), lot.lotDateRaw(), r.digits("invoice"));
		invoice = new InvoiceBuilder(key, layout, r.isBlank("nir") ? null : r.raw("nir"), cp ? r.raw("rank") : null,
				cp ? r.text("entryNumber") : null, r.raw("caisse"), cp ? r.raw("natureAssurance") : null,
				cp ? r.raw("entryDate") : null, cp ? r.raw("exitDate") : null, cp ? r.raw("contractType") : null,
				cp ? r.raw("amcNumber") : null, cp ? null : r.raw("paymentRecipient"), record);
	}

	private void endInvoice(char[] chars) {
		InvoiceBuilder current = requireInvoice(chars, B2Layouts.end5(layout));
		checks.endInvoice(current, r);
		invoice = null;
	}

	private void other(String type, char[] chars) {
		boolean line = type.equals("3") || type.equals("4");
		if (layout == B2Layout.CP && type.equals("2S")) {
			requireInvoice(chars, INVOICE_2S_CP).paymentRecipient = r.raw("paymentRecipient");
		}
		else if (line && layout == B2Layout.CP) {
			InvoiceBuilder current = requireInvoice(chars, type.equals("3") ? HOSPITAL_3_CP : FEES_4_CP);
			current.lineRecords++;
			current.lines.add(new B2Line(type.charAt(0), r.cents("amo"), r.cents("amc"), r.cents("total"), record));
		}
		else if (invoice != null) {
			invoice.lineRecords += line ? 1 : 0;
			invoice.otherRecords.add(new String(chars));
		}
		else {
			out.accept(new B2OtherRecord(type, new String(chars), record));
		}
	}

	/** Binds an invoice record and checks it belongs to the open invoice. */
	private InvoiceBuilder requireInvoice(char[] chars, RecordLayout recordLayout) {
		if (invoice == null) {
			throw problem(B2Reason.OUT_OF_PLACE, "record " + recordLayout.name() + " outside an invoice");
		}
		r.bind(recordLayout, chars, 0, chars.length);
		if (!r.raw("invoice").equals(invoice.key.invoiceNumber())) {
			throw problem(B2Reason.INVOICE_MISMATCH, "record " + recordLayout.name() + " quotes another invoice");
		}
		return invoice;
	}

	private void requireNoInvoice(String type) {
		if (invoice != null) {
			throw problem(B2Reason.MISSING_END, "record " + type + " before the 5 ending the open invoice");
		}
	}

	private B2FormatException problem(B2Reason reason, String detail) {
		return new B2FormatException(reason, record, offset, detail, null);
	}

	/** The public exception for a toolkit problem. */
	public static B2FormatException translate(FixedWidthException ex, long record, long offset) {
		B2Reason reason = switch (ex.problem()) {
			case NOT_DIGITS -> ex.fieldType() == FieldType.AMOUNT ? B2Reason.BAD_AMOUNT : B2Reason.NOT_DIGITS;
			case BAD_DATE -> B2Reason.BAD_DATE;
			case CONTROL_CHARACTER -> B2Reason.CONTROL_CHARACTER;
			case TOO_SHORT, SHORT_RECORD, LONG_RECORD -> B2Reason.BAD_RECORD_LENGTH;
			case TRUNCATED_RECORD -> B2Reason.TRUNCATED;
		};
		return new B2FormatException(reason, record, offset, ex.getMessage(), null);
	}

}

package fr.relance.formats.b2.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import fr.relance.formats.b2.B2Event;
import fr.relance.formats.b2.B2FormatException;
import fr.relance.formats.b2.B2Header;
import fr.relance.formats.b2.B2Invoice;
import fr.relance.formats.b2.B2Layout;
import fr.relance.formats.b2.B2Lot;
import fr.relance.formats.b2.B2LotEnd;
import fr.relance.formats.b2.B2Reason;
import fr.relance.formats.b2.B2Trailer;
import fr.relance.formats.b2.B2Warning;
import fr.relance.formats.b2.ExpectedSplit;
import fr.relance.formats.fixedwidth.FieldReader;
import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * Running totals of the open lot and of the file, and the total checks
 * (docs/formats.md#b2-checks): the {@code 5} line count against the {@code 3}/{@code 4}
 * records, the {@code 6} counts and totals against the lot's {@code 5} records, the
 * {@code 999} lot and record counts. Strict: a failed check throws; lenient: it is a
 * warning.
 */
final class B2Checks {

	private static final int MAX_WARNINGS = 1000;

	private final boolean strict;

	private final Consumer<B2Event> out;

	private final List<B2Warning> warnings = new ArrayList<>();

	private B2Header header;

	private B2Lot lot;

	private long lotInvoices;

	private long lotLines;

	private long lotBilled;

	private long lotAmo;

	private long lotAmc;

	private int lots;

	private long invoices;

	private long record;

	private long offset;

	B2Checks(boolean strict, Consumer<B2Event> out) {
		this.strict = strict;
		this.out = out;
	}

	void at(long recordNumber, long recordOffset) {
		record = recordNumber;
		offset = recordOffset;
	}

	void header(B2Header value) {
		header = value;
	}

	B2Lot lot() {
		return lot;
	}

	void openLot(B2Lot value) {
		if (lot != null) {
			throw new B2FormatException(B2Reason.MISSING_END, record, offset, "lot without its 6 record", null);
		}
		lot = value;
		lotInvoices = 0;
		lotLines = 0;
		lotBilled = 0;
		lotAmo = 0;
		lotAmc = 0;
		out.accept(value);
	}

	/** {@code end} is bound to the invoice's {@code 5} record. */
	void endInvoice(InvoiceBuilder invoice, FieldReader end) {
		ExpectedSplit split = split(end, header.layout());
		int declared = (int) end.number("lineCount");
		check(declared == invoice.lineRecords, B2Reason.LINE_COUNT_MISMATCH,
				"5 announces " + declared + " line record(s), the invoice has " + invoice.lineRecords);
		B2Invoice done = invoice.build(declared, split);
		lotInvoices++;
		lotLines += invoice.lineRecords;
		lotBilled += split.totalCents();
		lotAmo += split.amoCents();
		lotAmc += split.amcCents();
		invoices++;
		out.accept(done);
	}

	/** {@code end} is bound to the {@code 6} record. */
	void endLot(FieldReader end) {
		if (lot == null) {
			throw new B2FormatException(B2Reason.OUT_OF_PLACE, record, offset, "6 record outside a lot", null);
		}
		B2LotEnd lotEnd = new B2LotEnd(end.digits("lotNumber"), end.number("invoiceCount"), end.number("lineCount"),
				end.cents("billed"), end.cents("amo"), end.cents("amc"), end.character("marking"), record);
		check(lotEnd.lotNumber().equals(lot.lotNumber()), B2Reason.LOT_NUMBER_MISMATCH,
				"6 closes lot " + lotEnd.lotNumber() + ", the open lot is " + lot.lotNumber());
		check(lotEnd.invoiceCount() == lotInvoices && end.number("type5Count") == lotInvoices,
				B2Reason.LOT_COUNT_MISMATCH, "6 counts " + lotEnd.invoiceCount() + " invoice(s) and "
						+ end.number("type5Count") + " type-5 record(s), the lot has " + lotInvoices);
		check(lotEnd.lineCount() == lotLines, B2Reason.LOT_COUNT_MISMATCH,
				"6 counts " + lotEnd.lineCount() + " line record(s), the lot has " + lotLines);
		check(lotEnd.billedCents() == lotBilled && lotEnd.amoCents() == lotAmo && lotEnd.amcCents() == lotAmc,
				B2Reason.LOT_TOTAL_MISMATCH, "6 totals (billed, AMO, AMC) differ from the sum of the lot's 5 records");
		lots++;
		lot = null;
		out.accept(lotEnd);
	}

	/** {@code trailer} is bound to the {@code 999} record, the last physical record. */
	void trailer(FieldReader trailer) {
		if (lot != null) {
			throw new B2FormatException(B2Reason.MISSING_END, record, offset, "999 before the 6 of the open lot", null);
		}
		if (!trailer.raw("senderType").equals(header.senderType())
				|| !trailer.text("senderNumber").equals(header.senderNumber())
				|| !trailer.text("fileId").equals(header.fileId())) {
			throw new B2FormatException(B2Reason.HEADER_TRAILER_MISMATCH, record, offset,
					"trailer sender or file id differs from the header's", null);
		}
		long declaredLots = trailer.number("lotCount");
		check(declaredLots == lots, B2Reason.TRAILER_LOT_COUNT_MISMATCH,
				"999 counts " + declaredLots + " lot(s), " + lots + " read");
		long declaredRecords = trailer.number("recordCount");
		RecordCountConvention convention = RecordCountConvention.match(declaredRecords, record).orElse(null);
		check(convention != null, B2Reason.TRAILER_RECORD_COUNT_MISMATCH,
				"999 counts " + declaredRecords + " records, the file has " + record);
		out.accept(new B2Trailer(header.fileId(), declaredRecords, convention, declaredLots, lots, invoices, warnings));
	}

	/** The expected split of an invoice (docs/formats.md#b2-split). */
	static ExpectedSplit split(FieldReader end, B2Layout layout) {
		if (layout == B2Layout.CP) {
			return new ExpectedSplit(end.cents("hospitalAmo") + end.cents("feesAmo"),
					end.cents("hospitalAmc") + end.cents("feesAmc"), end.cents("patientBeforeAmc"),
					end.cents("hospitalBilled") + end.cents("feesBilled"));
		}
		return new ExpectedSplit(end.cents("amo"), end.cents("amc"), end.cents("patientBeforeAmc"),
				end.cents("billed"));
	}

	private void check(boolean ok, B2Reason reason, String message) {
		if (ok) {
			return;
		}
		if (strict) {
			throw new B2FormatException(reason, record, offset, message, null);
		}
		if (warnings.size() < MAX_WARNINGS) {
			warnings.add(new B2Warning(reason, record, message));
		}
	}

}

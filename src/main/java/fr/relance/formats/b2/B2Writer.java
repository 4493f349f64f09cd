package fr.relance.formats.b2;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import fr.relance.formats.b2.internal.B2Encoder;
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * Writes a valid B2 file from typed values (tests and the sample-world generator),
 * ISO-8859-1: {@link #lot}, {@link #invoice}s, {@link #endLot}, ..., {@link #finish()}.
 * Lot and file totals are computed from what was written. CP invoices get a {@code 2S}
 * when they have a payment recipient, and their {@code 3}/{@code 4} lines; the split must
 * be at least the sum of the fee lines. Not thread-safe; {@link #close()} closes the
 * output.
 */
public final class B2Writer implements Closeable {

	private final Writer out;

	private final B2Header header;

	private final LineEnd lineEnd;

	private final RecordCountConvention convention;

	private B2Lot lot;

	private long lotInvoices;

	private long lotLines;

	private long lotBilled;

	private long lotAmo;

	private long lotAmc;

	private long lots;

	private long records;

	public B2Writer(OutputStream out, B2Header header, LineEnd lineEnd) {
		this(out, header, lineEnd, RecordCountConvention.ALL_RECORDS);
	}

	public B2Writer(OutputStream out, B2Header header, LineEnd lineEnd, RecordCountConvention convention) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1), 1 << 16);
		this.header = header;
		this.lineEnd = lineEnd;
		this.convention = convention;
		record(B2Encoder.header(header));
	}

	public B2Writer lot(B2Lot value) {
		lot = value;
		lotInvoices = 0;
		lotLines = 0;
		lotBilled = 0;
		lotAmo = 0;
		lotAmc = 0;
		return record(B2Encoder.lot(value));
	}

	/**
	 * Records {@code 2}, {@code 2S}, lines, the invoice's raw other records, {@code 5}.
	 */
	public B2Writer invoice(B2Invoice invoice) {
		record(B2Encoder.invoice(invoice));
		if (invoice.layout() == B2Layout.CP && invoice.paymentRecipient() != null) {
			record(B2Encoder.complement2S(invoice));
		}
		invoice.lines().forEach(line -> record(B2Encoder.line(invoice, line)));
		invoice.otherRecords().forEach(this::record);
		record(B2Encoder.end(invoice));
		lotInvoices++;
		lotLines += invoice.lineRecords();
		lotBilled += invoice.split().totalCents();
		lotAmo += invoice.split().amoCents();
		lotAmc += invoice.split().amcCents();
		return this;
	}

	/**
	 * Record {@code 6} with the lot's computed counts and totals; {@code marking}
	 * {@code R} real, {@code T} test.
	 */
	public B2Writer endLot(char marking) {
		lots++;
		return record(B2Encoder.lotEnd(lot.partner(), lot.lotNumber(), lotInvoices, lotLines, lotInvoices, lotBilled,
				lotAmo, lotAmc, marking));
	}

	/** Any 128-character record, written as is. */
	public B2Writer record(String record) {
		if (record.length() != 128) {
			throw new IllegalArgumentException("a B2 record is 128 characters, not " + record.length());
		}
		try {
			out.write(record);
			out.write(lineEnd.chars());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		records++;
		return this;
	}

	/** Writes the {@code 999} trailer and flushes. */
	public void finish() {
		record(B2Encoder.trailer(header, convention.expected(records + 1), lots));
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

}

package fr.relance.formats.noemie;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.fixedwidth.RecordCountConvention;
import fr.relance.formats.noemie.internal.ControlTotals;
import fr.relance.formats.noemie.internal.EntityEncoder;
import fr.relance.formats.noemie.internal.NoemieAssembler;

/**
 * Writes a valid NOEMIE file from typed values (tests and the sample-world generator), in
 * ISO-8859-1. Calls follow the file's hierarchy: {@link #payee}, {@link #transfer},
 * {@link #lot}, {@link #invoice} / {@link #retention}, optional {@link #control()}, then
 * {@link #finish()}. Control totals ({@code 990}, {@code 999}) are computed by running
 * the reader's own assembler over what is written, so writer and reader cannot disagree.
 * Not thread-safe; {@link #close()} closes the output.
 */
public final class NoemieWriter implements Closeable {

	private final Writer out;

	private final NoemieHeader header;

	private final LineEnd lineEnd;

	private final boolean logicalLines;

	private final RecordCountConvention convention;

	private final NoemieAssembler totals = new NoemieAssembler(NoemieOptions.defaults(), event -> {
	});

	private final char[] payload = new char[127];

	private int payloadLength;

	private long records;

	private boolean finished;

	/**
	 * Physical file: 128-character records followed by {@code lineEnd}; trailer counts
	 * all records.
	 */
	public NoemieWriter(OutputStream out, NoemieHeader header, LineEnd lineEnd) {
		this(out, header, lineEnd, false, RecordCountConvention.ALL_RECORDS);
	}

	/**
	 * @param logicalLines write the tolerant "one entity per line" form instead of
	 * physical records
	 * @param convention what the trailer's record count includes
	 */
	public NoemieWriter(OutputStream out, NoemieHeader header, LineEnd lineEnd, boolean logicalLines,
			RecordCountConvention convention) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.ISO_8859_1), 1 << 16);
		this.header = header;
		this.lineEnd = logicalLines && lineEnd == LineEnd.NONE ? LineEnd.LF : lineEnd;
		this.logicalLines = logicalLines;
		this.convention = convention;
		record(EntityEncoder.header(header));
	}

	/** Entity {@code 040}. */
	public NoemieWriter payee(String payeeNumber) {
		return entity(EntityEncoder.payee(payeeNumber));
	}

	/**
	 * Entity {@code 071} (sequence and payee of the value are the reader's, not written).
	 */
	public NoemieWriter transfer(Transfer transfer) {
		return entity(EntityEncoder.transfer(transfer));
	}

	/** Entity {@code 080}, then {@code 081} when the lot has a return type. */
	public NoemieWriter lot(Lot lot) {
		entity(EntityEncoder.lot(lot));
		return lot.returnType().isBlank() ? this : entity(EntityEncoder.returnType(lot.returnType()));
	}

	/**
	 * Entity {@code 102} and its children: {@code 103}/{@code 110}, {@code 198},
	 * {@code 199}, {@code 210}, rejects.
	 */
	public NoemieWriter invoice(InvoiceReturn invoice) {
		entity(EntityEncoder.invoice(invoice));
		String nirs = EntityEncoder.nirs(invoice);
		if (nirs != null) {
			entity(nirs);
		}
		if (invoice.amo() != null) {
			entity(EntityEncoder.part(invoice.amo(), false));
		}
		if (invoice.amc() != null) {
			entity(EntityEncoder.part(invoice.amc(), true));
		}
		invoice.lines().forEach(line -> entity(EntityEncoder.actLine(line)));
		for (int i = 0; i < invoice.rejects().size(); i++) {
			entity(EntityEncoder.reject(invoice.rejects().get(i), i + 1));
		}
		return this;
	}

	/** Entity {@code 250} in the open transfer. */
	public NoemieWriter retention(Retention retention) {
		return entity(EntityEncoder.retention(retention));
	}

	/** A {@code 990} closing the nearest open level, with the right count and sum. */
	public NoemieWriter control() {
		ControlTotals expected = totals.expectedControl();
		if (expected == null) {
			throw new IllegalStateException("no open level for a 990");
		}
		return entity(EntityEncoder.control(expected.count(), expected.sumCents()));
	}

	/**
	 * Any entity text without its {@code @}, written as is (unknown entities,
	 * deliberately broken files).
	 */
	public NoemieWriter entity(String text) {
		if (finished) {
			throw new IllegalStateException("file already finished");
		}
		totals.entity(text.toCharArray(), text.length(), 0, 0);
		if (logicalLines) {
			record(text + "@");
		}
		else {
			payload(text);
			payload("@");
		}
		return this;
	}

	/**
	 * Writes the last data record (flag {@code 1}) and the {@code 999} trailer with
	 * computed totals.
	 */
	public void finish() {
		ControlTotals file = totals.closeAll();
		if (payloadLength > 0) {
			flushPayload('1');
		}
		long physical = records + 1;
		record(EntityEncoder.trailer(header, convention.expected(physical), (int) file.count(), file.sumCents()));
		finished = true;
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

	private void payload(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (payloadLength == payload.length) {
				flushPayload('0');
			}
			payload[payloadLength++] = text.charAt(i);
		}
	}

	private void flushPayload(char flag) {
		StringBuilder record = new StringBuilder(128).append(flag).append(payload, 0, payloadLength);
		record.append(" ".repeat(127 - payloadLength));
		payloadLength = 0;
		record(record.toString());
	}

	private void record(String text) {
		try {
			out.write(text);
			out.write(lineEnd.chars());
			records++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

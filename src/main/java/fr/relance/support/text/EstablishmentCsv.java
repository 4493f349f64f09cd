package fr.relance.support.text;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of the CSV files people open in a spreadsheet (error reports, worklists,
 * KPI tables, printer indexes...): UTF-8 with a byte-order mark so the accents show,
 * semicolons, CRLF, written under a temporary name and renamed when complete. Every text
 * cell goes through {@link #cell}: a value that a spreadsheet would run as a formula (a
 * payer name from a bank statement, free text from a ledger) is neutralised.
 */
public final class EstablishmentCsv implements Closeable {

	/**
	 * What a spreadsheet takes as the start of a formula (or of a hidden cell) when a
	 * text begins with it.
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/**
	 * A number as the engine writes it, negative amounts included ({@code -1 234,56}): it
	 * stays a number.
	 */
	private static final Pattern NUMBER = Pattern
		.compile("[-+]?(\\d+|\\d{1,3}([ \\u00A0\\u202F]\\d{3})+)([.,]\\d+)?( %)?");

	private final Path target;

	private final Path temporary;

	private final Writer writer;

	private final CSVPrinter csv;

	private boolean committed;

	private EstablishmentCsv(Path target, String[] header) throws IOException {
		this(target, target.resolveSibling(target.getFileName() + ".tmp"), null, header);
	}

	private EstablishmentCsv(Path target, Path temporary, Writer into, String[] header) throws IOException {
		this.target = target;
		this.temporary = temporary;
		if (into == null) {
			Files.createDirectories(target.toAbsolutePath().getParent());
		}
		this.writer = into != null ? into : Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
		writer.write('\uFEFF'); // before the header, which the printer writes when it is
								// created
		this.csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(header).get());
	}

	/**
	 * The same file written into a stream whose caller makes it final (the output stage's
	 * exactly-once protocol): {@link #commit()} only flushes it, and returns null.
	 */
	public static EstablishmentCsv into(java.io.OutputStream out, String... header) {
		try {
			return new EstablishmentCsv(null, null, new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
					header);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the CSV", e);
		}
	}

	/** Starts the file (under a temporary name) with its header. */
	public static EstablishmentCsv create(Path target, String... header) {
		try {
			return new EstablishmentCsv(target, header);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target, e);
		}
	}

	/**
	 * A whole small file in memory, in the same form (byte-order mark, semicolons, CRLF,
	 * cells through {@link #cell}): for a file the output stage's emission protocol
	 * writes itself.
	 */
	public static byte[] bytes(String[] header, List<? extends List<?>> rows) {
		java.io.StringWriter text = new java.io.StringWriter();
		text.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(text,
				CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").setHeader(header).get())) {
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(EstablishmentCsv::cell).toList());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** One row; each value through {@link #cell}. */
	public EstablishmentCsv row(Object... values) {
		return row(List.of(values));
	}

	public EstablishmentCsv row(Iterable<?> values) {
		List<String> cells = new ArrayList<>();
		values.forEach(value -> cells.add(cell(value)));
		try {
			csv.printRecord(cells);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target, e);
		}
		return this;
	}

	/**
	 * Ends the file and gives it its final name (replacing the previous night's run of
	 * the same file).
	 */
	public Path commit() {
		try {
			csv.flush();
			if (target == null) {
				writer.flush();
				committed = true;
				return null;
			}
			writer.close();
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			committed = true;
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + target, e);
		}
	}

	/**
	 * Without {@link #commit()}, the temporary file is removed and the final one left as
	 * it was.
	 */
	@Override
	public void close() {
		if (!committed && temporary != null) {
			try {
				writer.close();
				Files.deleteIfExists(temporary);
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot remove " + temporary, e);
			}
		}
	}

	/**
	 * A value as its cell shows it: null as empty; a text that would start a formula
	 * ({@code = + - @}, tab, carriage return) behind an apostrophe, which spreadsheets
	 * show as text and never run; numbers, negative ones included, as they are.
	 */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof Number || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
				|| NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

}

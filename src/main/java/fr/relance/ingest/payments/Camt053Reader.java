package fr.relance.ingest.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.function.Consumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an ISO 20022 camt.053 bank statement (any {@code camt.053.001.*} version;
 * 001.02 and 001.08 tested) and hands out one {@link BankCreditLine} per booked EUR
 * credit, one per transaction of a batched entry. Memory stays flat whatever the file
 * size: only the entry being read is held, never a DOM.
 * <p>
 * Pull style, like a Spring Batch item reader: call {@link #read()} until it returns
 * null, then {@link #summary()}. Debits and pending entries are counted, not returned;
 * doubtful entries are refused whole and listed in the summary. A file that is not
 * well-formed XML, carries a DOCTYPE or is not a camt.053 document throws
 * {@link Camt053FormatException} with the line and column. Not thread-safe: one reader
 * per file.
 */
public final class Camt053Reader implements AutoCloseable {

	/** Every version of the message shares this namespace stem. */
	public static final String NAMESPACE_STEM = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

	private final XMLStreamReader xml;

	private final InputStream ownedStream;

	private final String sourceName;

	private final Tally tally = new Tally();

	private final StatementHandler handler;

	private final ArrayDeque<BankCreditLine> pending = new ArrayDeque<>();

	private Camt053Reader(InputStream in, InputStream ownedStream, String sourceName) {
		this.ownedStream = ownedStream;
		this.sourceName = sourceName;
		try {
			this.xml = SecureXml.open(in);
		}
		catch (XMLStreamException ex) {
			throw formatError("cannot start reading: " + parserMessage(ex), ex.getLocation(), ex);
		}
		this.handler = new StatementHandler(this.xml, this.tally);
	}

	/**
	 * Reads from a stream the caller keeps and closes; {@code sourceName} only goes into
	 * error messages.
	 */
	public static Camt053Reader open(InputStream in, String sourceName) {
		return new Camt053Reader(in, null, sourceName);
	}

	/** Reads a file; {@link #close()} closes it. */
	public static Camt053Reader open(Path file) {
		InputStream in;
		try {
			in = Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return new Camt053Reader(in, in, file.getFileName().toString());
		}
		catch (RuntimeException ex) {
			closeQuietly(in, ex);
			throw ex;
		}
	}

	/** Hands every line to {@code sink} and returns the counts. */
	public static Camt053Summary readAll(InputStream in, String sourceName, Consumer<BankCreditLine> sink) {
		try (Camt053Reader reader = open(in, sourceName)) {
			for (BankCreditLine line = reader.read(); line != null; line = reader.read()) {
				sink.accept(line);
			}
			return reader.summary();
		}
	}

	/** The next credit line, or null at the end of the file. */
	public BankCreditLine read() {
		try {
			while (this.pending.isEmpty() && !this.handler.finished()) {
				this.handler.handle(this.xml.next(), this.pending);
			}
		}
		catch (XMLStreamException ex) {
			throw formatError("not well-formed XML: " + parserMessage(ex), ex.getLocation(), ex);
		}
		catch (StatementHandler.BadDocument ex) {
			throw formatError(ex.getMessage(), this.xml.getLocation(), null);
		}
		return this.pending.poll();
	}

	/** Counts so far; final once {@link #read()} has returned null. */
	public Camt053Summary summary() {
		return this.tally.toSummary();
	}

	@Override
	public void close() {
		try {
			this.xml.close();
			if (this.ownedStream != null) {
				this.ownedStream.close();
			}
		}
		catch (XMLStreamException | IOException ex) {
			throw new IllegalStateException("cannot close " + this.sourceName, ex);
		}
	}

	private static void closeQuietly(InputStream in, RuntimeException failure) {
		try {
			in.close();
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * The JDK parser puts its own "ParseError at [row,col]" before the message; we give
	 * the location apart.
	 */
	private static String parserMessage(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int start = message.indexOf("Message: ");
		return start < 0 ? message : message.substring(start + "Message: ".length());
	}

	private Camt053FormatException formatError(String message, Location location, Throwable cause) {
		int line = location == null ? -1 : location.getLineNumber();
		int column = location == null ? -1 : location.getColumnNumber();
		return new Camt053FormatException(this.sourceName + ": " + message, line, column, cause);
	}

}

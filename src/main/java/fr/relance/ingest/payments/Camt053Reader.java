package fr.relance.ingest.payments;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an ISO 20022 camt.053 bank statement (any {@code camt.053.001.*} version; 001.02 and 001.08 tested) and
 * hands out one {@link BankCreditLine} per booked EUR credit, one per transaction of a batched entry. Memory stays
 * flat whatever the file size: only the entry being read is held, never a DOM.
 * <p>
 * Pull style, like a Spring Batch item reader: call {@link #read()} until it returns null, then
 * {@link #summary()}. Debits and pending entries are counted, not returned; doubtful entries are refused whole and
 * listed in the summary. A file that is not well-formed XML, carries a DOCTYPE or is not a camt.053 document
 * throws {@link Camt053FormatException} with the line and column.
 */
public final class Camt053Reader implements AutoCloseable {

	/** Every version of the message shares this namespace stem. */
	public static final String NAMESPACE_STEM = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";

	private static final String STMT = "/Document/BkToCstmrStmt/Stmt";

	private static final String NTRY = STMT + "/Ntry";

	/** Far above any camt.053 field (Ustrd is 140, AddtlNtryInf 500): a longer text is not a statement. */
	private static final int MAX_TEXT = 4096;

	private final XMLStreamReader xml;

	private final InputStream ownedStream;

	private final String sourceName;

	private final ElementPath path = new ElementPath();

	private final Tally tally = new Tally();

	private final EntrySplitter splitter = new EntrySplitter(this.tally);

	private final ArrayDeque<BankCreditLine> pending = new ArrayDeque<>();

	private String namespace;

	private String statementId;

	private String iban;

	private EntryFields entry;

	private StringBuilder text;

	private boolean finished;

	private Camt053Reader(InputStream in, InputStream ownedStream, String sourceName) {
		this.ownedStream = ownedStream;
		this.sourceName = sourceName;
		try {
			this.xml = SecureXml.open(in);
		}
		catch (XMLStreamException ex) {
			throw formatError("cannot start reading", ex.getLocation(), ex);
		}
	}

	/** Reads from a stream the caller keeps and closes; {@code sourceName} only goes into error messages. */
	public static Camt053Reader open(InputStream in, String sourceName) {
		return new Camt053Reader(in, null, sourceName);
	}

	/** Reads a file; {@link #close()} closes it. */
	public static Camt053Reader open(Path file) {
		try {
			InputStream in = Files.newInputStream(file);
			return new Camt053Reader(in, in, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
			while (this.pending.isEmpty() && !this.finished) {
				step(this.xml.next());
			}
		}
		catch (XMLStreamException ex) {
			throw formatError("not well-formed XML: " + parserMessage(ex), ex.getLocation(), ex);
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

	private void step(int event) {
		switch (event) {
			case XMLStreamConstants.START_ELEMENT -> startElement();
			case XMLStreamConstants.END_ELEMENT -> endElement();
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters();
			case XMLStreamConstants.DTD -> throw formatError("DOCTYPE refused, a camt.053 file never has one", null);
			case XMLStreamConstants.ENTITY_REFERENCE -> throw formatError("entity reference refused", null);
			case XMLStreamConstants.END_DOCUMENT -> endDocument();
			default -> {
				// comments and processing instructions carry nothing for us
			}
		}
	}

	private void startElement() {
		if (this.path.depth() == 0) {
			checkRoot();
		}
		if (!this.path.push(this.xml.getLocalName(), this.namespace.equals(this.xml.getNamespaceURI()))) {
			throw formatError("elements nested deeper than " + ElementPath.MAX_DEPTH, null);
		}
		this.text = null;
		if (this.path.is(STMT)) {
			this.tally.statements++;
			this.statementId = null;
			this.iban = null;
		}
		else if (this.path.is(NTRY)) {
			this.tally.entries++;
			this.entry = new EntryFields(this.tally.entries, this.xml.getLocation().getLineNumber());
		}
		else if (this.entry != null) {
			String below = this.path.below(NTRY);
			this.entry.start(below, this.xml.getAttributeValue(null, "Ccy"));
			this.text = EntryFields.wanted(below) ? new StringBuilder() : null;
		}
		else if (this.path.is(STMT + "/Id") || this.path.is(STMT + "/Acct/Id/IBAN")) {
			this.text = new StringBuilder();
		}
	}

	private void checkRoot() {
		this.namespace = this.xml.getNamespaceURI() == null ? "" : this.xml.getNamespaceURI();
		if (!"Document".equals(this.xml.getLocalName()) || !this.namespace.startsWith(NAMESPACE_STEM)) {
			throw formatError("not a camt.053 statement: root element " + this.xml.getLocalName() + " in namespace '"
					+ this.namespace + "'", null);
		}
	}

	private void characters() {
		if (this.text != null) {
			if (this.text.length() + this.xml.getTextLength() > MAX_TEXT) {
				throw formatError("text of " + this.path + " longer than " + MAX_TEXT + " characters", null);
			}
			this.text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), this.xml.getTextLength());
		}
	}

	private void endElement() {
		if (this.text != null) {
			String value = this.text.toString().strip();
			if (this.entry != null) {
				this.entry.text(this.path.below(NTRY), value);
			}
			else if (this.path.is(STMT + "/Id")) {
				this.statementId = value;
			}
			else {
				this.iban = value.isEmpty() ? null : value.replace(" ", "");
			}
			this.text = null;
		}
		if (this.path.is(NTRY)) {
			List<BankCreditLine> lines = this.splitter.split(this.entry, this.statementId, this.iban);
			this.pending.addAll(lines);
			this.entry = null;
		}
		this.path.pop();
	}

	private void endDocument() {
		this.finished = true;
		if (this.tally.statements == 0) {
			throw formatError("camt.053 document without any Stmt", null);
		}
	}

	/** The JDK parser puts its own "ParseError at [row,col]" before the message; we give the location apart. */
	private static String parserMessage(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int start = message.indexOf("Message: ");
		return start < 0 ? message : message.substring(start + "Message: ".length());
	}

	private Camt053FormatException formatError(String message, Throwable cause) {
		return formatError(message, this.xml.getLocation(), cause);
	}

	private Camt053FormatException formatError(String message, Location location, Throwable cause) {
		int line = location == null ? -1 : location.getLineNumber();
		int column = location == null ? -1 : location.getColumnNumber();
		return new Camt053FormatException(this.sourceName + ": " + message, line, column, cause);
	}

}

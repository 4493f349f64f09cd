package fr.relance.ingest.payments;

import java.util.Queue;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Follows the StAX events of one camt.053 document: keeps the statement's id and IBAN,
 * gathers the texts of the entry being read, and hands each finished entry to
 * {@link EntrySplitter}. Text is buffered only for the few fields we use, and never
 * beyond {@link #MAX_TEXT}.
 */
final class StatementHandler {

	private static final String STMT = "/Document/BkToCstmrStmt/Stmt";

	private static final String NTRY = STMT + "/Ntry";

	/**
	 * Far above any camt.053 field (Ustrd is 140, AddtlNtryInf 500): a longer text is not
	 * a statement.
	 */
	static final int MAX_TEXT = 4096;

	private final XMLStreamReader xml;

	private final Tally tally;

	private final EntrySplitter splitter;

	private final ElementPath path = new ElementPath();

	private String namespace;

	private String statementId;

	private String iban;

	private EntryFields entry;

	private StringBuilder text;

	private boolean finished;

	StatementHandler(XMLStreamReader xml, Tally tally) {
		this.xml = xml;
		this.tally = tally;
		this.splitter = new EntrySplitter(tally);
	}

	boolean finished() {
		return this.finished;
	}

	/**
	 * Handles the event the reader stands on; credit lines of a finished entry go to
	 * {@code out}.
	 */
	void handle(int event, Queue<BankCreditLine> out) {
		switch (event) {
			case XMLStreamConstants.START_ELEMENT -> startElement();
			case XMLStreamConstants.END_ELEMENT -> endElement(out);
			case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> characters();
			case XMLStreamConstants.DTD -> throw new BadDocument("DOCTYPE refused, a camt.053 file never has one");
			case XMLStreamConstants.ENTITY_REFERENCE -> throw new BadDocument("entity reference refused");
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
			throw new BadDocument("elements nested deeper than " + ElementPath.MAX_DEPTH);
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
		if (!"Document".equals(this.xml.getLocalName()) || !this.namespace.startsWith(Camt053Reader.NAMESPACE_STEM)) {
			throw new BadDocument("not a camt.053 statement: root element " + this.xml.getLocalName()
					+ " in namespace '" + this.namespace + "'");
		}
	}

	private void characters() {
		if (this.text != null) {
			if (this.text.length() + this.xml.getTextLength() > MAX_TEXT) {
				throw new BadDocument("text of " + this.path + " longer than " + MAX_TEXT + " characters");
			}
			this.text.append(this.xml.getTextCharacters(), this.xml.getTextStart(), this.xml.getTextLength());
		}
	}

	private void endElement(Queue<BankCreditLine> out) {
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
			out.addAll(this.splitter.split(this.entry, this.statementId, this.iban));
			this.entry = null;
		}
		this.path.pop();
	}

	private void endDocument() {
		this.finished = true;
		if (this.tally.statements == 0) {
			throw new BadDocument("camt.053 document without any Stmt");
		}
	}

	/** The document is not a usable statement; the reader adds the location. */
	static final class BadDocument extends RuntimeException {

		BadDocument(String message) {
			super(message, null, false, false);
		}

	}

}

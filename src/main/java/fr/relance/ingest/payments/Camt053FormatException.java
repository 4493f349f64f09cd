package fr.relance.ingest.payments;

/**
 * The file cannot be read as a camt.053 statement at all (not XML, a DOCTYPE, not the
 * camt.053 namespace): the intake stage quarantines the whole file with this message.
 * Problems with a single entry are not exceptions; they are listed in
 * {@link Camt053Summary#skippedEntries()}.
 */
public class Camt053FormatException extends RuntimeException {

	private final int line;

	private final int column;

	public Camt053FormatException(String message, int line, int column, Throwable cause) {
		super(message + " (line " + line + ", column " + column + ")", cause);
		this.line = line;
		this.column = column;
	}

	/** 1-based line in the file, or -1 when the parser could not tell. */
	public int line() {
		return this.line;
	}

	/** 1-based column in the file, or -1 when the parser could not tell. */
	public int column() {
		return this.column;
	}

}

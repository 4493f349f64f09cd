package fr.relance.ingest;

import fr.relance.intake.Refusal;

/**
 * The file names another establishment somewhere in its content: it is refused whole as a
 * cross-establishment file, with no line of it quoted back (the lines belong to the other
 * establishment) and one security event.
 *
 * @see fr.relance.intake.Quarantine#refuseCrossEstablishment
 */
public class CrossEstablishmentFileException extends FileRefusedException {

	private final String namedFiness;

	private final long line;

	/** {@code line} is where the other establishment is named first. */
	public CrossEstablishmentFileException(String namedFiness, long line) {
		super(Refusal.FOREIGN_FINESS);
		this.namedFiness = namedFiness;
		this.line = line;
	}

	public String namedFiness() {
		return namedFiness;
	}

	public long line() {
		return line;
	}

}

package fr.relance.formats.noemie;

import java.time.LocalDate;

/**
 * Entity {@code 000}, the file header. Numbers are kept as written (the intake normalises
 * and checks the addressee FINESS); {@code norm} is the NOEMIE reference of the exchange
 * (e.g. {@code 0580}).
 */
public record NoemieHeader(String senderType, String senderNumber, String addresseeType, String addresseeNumber,
		String application, String fileId, String creationDateRaw, LocalDate creationDate, String norm, String version,
		char flowType) implements NoemieEvent {

	/** Key for duplicate detection beyond bytes. */
	public FileIdentity identity() {
		return new FileIdentity(senderType, senderNumber, fileId, creationDateRaw);
	}

	/**
	 * True for a test ({@code T}) or demonstration ({@code D}) file rather than a real
	 * one.
	 */
	public boolean notReal() {
		return flowType == 'T' || flowType == 'D';
	}

}

package fr.relance.ingest;

/**
 * A ledger snapshot that would close more of the open invoices than the establishment's
 * share allows: nothing of it is applied, and the file is held (kept in the archive,
 * status {@code held}) until ops confirm it.
 */
public class SnapshotHeldException extends RuntimeException {

	private final String messageFr;

	public SnapshotHeldException(long closing, long open, String share) {
		super("would close " + closing + " of " + open + " open invoices (more than " + share + ")");
		this.messageFr = "Cet export complet fermerait " + closing + " des " + open + " factures ouvertes (plus de "
				+ share + ") : il est mis en attente de confirmation et n'a pas été appliqué.";
	}

	public String messageFr() {
		return messageFr;
	}

}

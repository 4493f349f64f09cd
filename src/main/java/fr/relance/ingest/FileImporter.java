package fr.relance.ingest;

import fr.relance.establishment.Establishment;
import fr.relance.intake.SourceFile;

/**
 * Imports the received files of one kind. Runs inside a transaction that covers the whole
 * file: a file is applied completely (bad rows set aside and reported) or, when it throws
 * {@link FileRefusedException}, not at all.
 */
public interface FileImporter {

	/** The kind of file (as recognised at intake) this importer reads. */
	String kind();

	/**
	 * Lower runs first in a night: ledgers before the returns that settle their invoices.
	 */
	int order();

	ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context);

}

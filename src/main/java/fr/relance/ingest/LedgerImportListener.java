package fr.relance.ingest;

import fr.relance.establishment.Establishment;
import fr.relance.intake.SourceFile;

/**
 * Told after a ledger (or FEC) file of an establishment was applied, inside that file's
 * transaction, so other imports waiting for those invoices can catch up and report
 * disagreements against the ledger file.
 */
public interface LedgerImportListener {

	void ledgerImported(Establishment establishment, SourceFile file, ImportContext context);

}

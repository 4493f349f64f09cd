package fr.relance.ingest.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.LedgerImportListener;
import fr.relance.intake.SourceFile;
import fr.relance.support.db.Transactions;

/**
 * What ledger-like imports share: they run first in a night, load through COPY on the
 * connection of the file's transaction, and tell the listeners (B2 expectations waiting
 * for invoices) once the file is applied.
 */
abstract class ReceivablesImporter implements FileImporter {

	private final Jdbi jdbi;

	private final DataSource dataSource;

	private final List<LedgerImportListener> listeners;

	ReceivablesImporter(Jdbi jdbi, DataSource dataSource, List<LedgerImportListener> listeners) {
		this.jdbi = jdbi;
		this.dataSource = dataSource;
		this.listeners = listeners;
	}

	@Override
	public int order() {
		return 10;
	}

	/** Parses, stages and merges one file on the given connection. */
	abstract ImportOutcome load(Jdbi jdbi, Connection connection, SourceFile file, Establishment establishment,
			ImportContext context) throws SQLException;

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		ImportOutcome outcome = Transactions.onBoundConnection(dataSource,
				kind() + " import of source file " + file.id(),
				connection -> load(jdbi, connection, file, establishment, context));
		listeners.forEach(l -> l.ledgerImported(establishment, file, context));
		return outcome;
	}

}

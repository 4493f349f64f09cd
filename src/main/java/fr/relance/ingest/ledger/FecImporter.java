package fr.relance.ingest.ledger;

import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.LedgerImportListener;
import fr.relance.ingest.ledger.internal.FecFileImport;
import fr.relance.intake.SourceFile;
import fr.relance.support.db.Transactions;

/** Imports a Fichier des Écritures Comptables, whatever the establishment's usual export profile. */
@Component
public class FecImporter implements FileImporter {

	public static final String KIND = "fec";

	private final Jdbi jdbi;

	private final DataSource dataSource;

	private final LedgerProfiles profiles;

	private final List<LedgerImportListener> listeners;

	FecImporter(Jdbi jdbi, DataSource dataSource, LedgerProfiles profiles, List<LedgerImportListener> listeners) {
		this.jdbi = jdbi;
		this.dataSource = dataSource;
		this.profiles = profiles;
		this.listeners = listeners;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		// the connection bound to the file's transaction: COPY and the merge statements run in it
		ImportOutcome outcome = Transactions.onBoundConnection(dataSource, "FEC import of source file " + file.id(),
				connection -> new FecFileImport(jdbi, connection).run(file, establishment.finess(), profiles.fec(), context));
		listeners.forEach(l -> l.ledgerImported(establishment, file, context));
		return outcome;
	}

}

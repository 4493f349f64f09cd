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
import fr.relance.ingest.ledger.internal.LedgerFileImport;
import fr.relance.intake.SourceFile;
import fr.relance.support.db.Transactions;

/** Imports establishment ledgers (CSV exports read through the establishment's mapping profile). */
@Component
public class LedgerImporter implements FileImporter {

	public static final String KIND = "ledger";

	private final Jdbi jdbi;

	private final DataSource dataSource;

	private final LedgerProfiles profiles;

	private final List<LedgerImportListener> listeners;

	LedgerImporter(Jdbi jdbi, DataSource dataSource, LedgerProfiles profiles, List<LedgerImportListener> listeners) {
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
		ImportOutcome outcome = Transactions.onBoundConnection(dataSource, "ledger import of source file " + file.id(),
				connection -> new LedgerFileImport(jdbi, connection).run(file, establishment.finess(), profiles.of(establishment), context));
		listeners.forEach(l -> l.ledgerImported(establishment, file, context));
		return outcome;
	}

}

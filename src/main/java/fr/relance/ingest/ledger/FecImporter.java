package fr.relance.ingest.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.LedgerImportListener;
import fr.relance.ingest.ledger.internal.FecFileImport;
import fr.relance.intake.SourceFile;

/**
 * Imports a Fichier des Écritures Comptables, whatever the establishment's usual export
 * profile.
 */
@Component
public class FecImporter extends ReceivablesImporter {

	public static final String KIND = "fec";

	private final LedgerProfiles profiles;

	private final IngestProperties settings;

	FecImporter(Jdbi jdbi, DataSource dataSource, LedgerProfiles profiles, List<LedgerImportListener> listeners,
			IngestProperties settings) {
		super(jdbi, dataSource, listeners);
		this.settings = settings;
		this.profiles = profiles;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	ImportOutcome load(Jdbi jdbi, Connection connection, SourceFile file, Establishment establishment,
			ImportContext context) throws SQLException {
		return new FecFileImport(jdbi, connection, settings.limits()).run(file, establishment.finess(), profiles.fec(),
				context);
	}

}

package fr.relance.ingest.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.HeldSnapshots;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.LedgerImportListener;
import fr.relance.ingest.ledger.internal.LedgerFileImport;
import fr.relance.intake.SourceFile;

/**
 * Imports establishment ledgers (CSV exports read through the establishment's mapping
 * profile).
 */
@Component
public class LedgerImporter extends ReceivablesImporter {

	public static final String KIND = "ledger";

	private final LedgerProfiles profiles;

	private final DataSource dataSource;

	private final IngestProperties settings;

	private final HeldSnapshots held;

	LedgerImporter(Jdbi jdbi, DataSource dataSource, LedgerProfiles profiles, List<LedgerImportListener> listeners,
			IngestProperties settings, HeldSnapshots held) {
		super(jdbi, dataSource, listeners);
		this.settings = settings;
		this.held = held;
		this.profiles = profiles;
		this.dataSource = dataSource;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	ImportOutcome load(Jdbi jdbi, Connection connection, SourceFile file, Establishment establishment,
			ImportContext context) throws SQLException {
		return new LedgerFileImport(jdbi, connection, dataSource, settings.limits(),
				held.confirmed(file.id()) ? null : settings.snapshotMaxCloseShare(establishment.finess()))
			.run(file, establishment.finess(), profiles.of(establishment), context);
	}

}

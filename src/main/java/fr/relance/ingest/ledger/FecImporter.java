package fr.relance.ingest.ledger;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.ledger.internal.FecFileImport;
import fr.relance.intake.SourceFile;

/** Imports a Fichier des Écritures Comptables, whatever the establishment's usual export profile. */
@Component
public class FecImporter implements FileImporter {

	public static final String KIND = "fec";

	private final Jdbi jdbi;

	private final DataSource dataSource;

	private final LedgerProfiles profiles;

	FecImporter(Jdbi jdbi, DataSource dataSource, LedgerProfiles profiles) {
		this.jdbi = jdbi;
		this.dataSource = dataSource;
		this.profiles = profiles;
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
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return new FecFileImport(jdbi, connection).run(file, establishment.finess(), profiles.fec(), context);
		}
		catch (SQLException e) {
			throw new IllegalStateException("FEC import of source file " + file.id() + " failed: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}

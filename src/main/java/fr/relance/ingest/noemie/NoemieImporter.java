package fr.relance.ingest.noemie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.FileHead;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.db.Transactions;
import fr.relance.formats.noemie.NoemieEvent;
import fr.relance.formats.noemie.NoemieFormatException;
import fr.relance.formats.noemie.NoemieHeader;
import fr.relance.formats.noemie.NoemieOptions;
import fr.relance.formats.noemie.NoemieReader;
import fr.relance.formats.noemie.NoemieStream;
import fr.relance.formats.noemie.NoemieTrailer;
import fr.relance.formats.noemie.NoemieWarning;

/**
 * Imports a NOEMIE return (kind {@code noemie}, after the ledgers and B2 files): claims
 * its header identity, streams its returns into a staging table by {@code COPY}, and only
 * once the trailer has been read (every control total checked) posts remittances, lines
 * and codes set-based. Any reader problem refuses the whole file with the reader's reason
 * code and failing level: nothing is posted, the file goes to the quarantine.
 */
@Component
class NoemieImporter implements FileImporter {

	private final DataSource dataSource;

	private final NoemieImportProperties properties;

	NoemieImporter(DataSource dataSource, NoemieImportProperties properties) {
		this.dataSource = dataSource;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return NoemieDetector.KIND;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		return Transactions.onBoundConnection(dataSource, "NOEMIE import of source file " + file.id(),
				connection -> load(file, connection, context));
	}

	private ImportOutcome load(SourceFile file, Connection connection, ImportContext context)
			throws IOException, SQLException {
		NoemieOptions options = properties.options(head(file.stored()));
		NoemieLoad load;
		RemittanceStaging staging = null;
		try (InputStream in = Files.newInputStream(file.stored());
				NoemieStream events = new NoemieReader(options).open(in)) {
			NoemieIdentities.claim(connection, file, (NoemieHeader) events.next());
			staging = RemittanceStaging.open(connection);
			load = new NoemieLoad(staging);
			while (events.hasNext()) {
				NoemieEvent event = events.next();
				if (event instanceof NoemieTrailer trailer) {
					trailer.warnings().forEach(w -> context.warn(warning(file, w)));
				}
				load.accept(event);
			}
			staging.finish(connection);
		}
		catch (NoemieFormatException e) {
			throw new FileRefusedException(NoemieRefusals.of(e),
					List.of(NoemieRefusals.example(file.originalName(), e)));
		}
		finally {
			if (staging != null) {
				staging.close();
			}
		}
		RemittancePosting.Posted posted = RemittancePosting.post(connection, file.originalName(), file.id(),
				file.finess(), load.remittances());
		return new ImportOutcome(load.items(), load.items(), 0,
				String.format(Locale.ROOT, "%d transfers, %d lines, %d codes, %d unknown entities skipped",
						posted.remittances(), posted.lines(), posted.codes(), load.unknownEntities()));
	}

	private static ReportedError warning(SourceFile file, NoemieWarning w) {
		return new ReportedError(file.originalName(), w.recordNumber(), w.kind().zone(), w.value(), w.kind().code(),
				w.kind().messageFr());
	}

	private static byte[] head(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(FileHead.LENGTH);
		}
	}

}

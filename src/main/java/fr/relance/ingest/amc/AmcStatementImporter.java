package fr.relance.ingest.amc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.BoundedLineReader;
import fr.relance.ingest.FileImporter;
import fr.relance.ingest.IngestProperties;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.noemie.RemittancePosting;
import fr.relance.ingest.noemie.RemittanceStaging;
import fr.relance.intake.FileHead;
import fr.relance.intake.Refusal;
import fr.relance.intake.SourceFile;
import fr.relance.support.db.Transactions;

/**
 * Imports a mutuelle statement (kind {@code amc-statement}, after the NOEMIE returns):
 * one remittance per payment (organisation, transfer reference, payment date) with payer
 * AMC, one AMC line per valid row, its reject code when it has one. Streams the CSV into
 * the same staging and posting as NOEMIE returns, so a statement sent twice is refused as
 * {@code DUPLICATE_REMITTANCE}. Bad rows are reported and skipped, unless they exceed the
 * profile's share, which refuses the whole file.
 */
@Component
class AmcStatementImporter implements FileImporter {

	private final DataSource dataSource;

	private final AmcProfiles profiles;

	private final RecordLimits limits;

	AmcStatementImporter(DataSource dataSource, AmcProfiles profiles, IngestProperties settings) {
		this.limits = settings.limits();
		this.dataSource = dataSource;
		this.profiles = profiles;
	}

	@Override
	public String kind() {
		return AmcStatementDetector.KIND;
	}

	@Override
	public int order() {
		return 25;
	}

	@Override
	public ImportOutcome importFile(SourceFile file, Establishment establishment, ImportContext context) {
		return Transactions.onBoundConnection(dataSource, "statement import of source file " + file.id(),
				connection -> load(file, connection, context));
	}

	private ImportOutcome load(SourceFile file, Connection connection, ImportContext context)
			throws IOException, SQLException {
		AmcStatementProfile profile = profiles.recognise(head(file))
			.orElseThrow(() -> new FileRefusedException(new Refusal(ReportCode.AMC_UNKNOWN_PROFILE,
					"L'en-tête du relevé ne correspond plus à aucun profil de relevé.")));
		AmcLoad load = new AmcLoad();
		stage(file, profile, connection, load);
		if (load.rows() == 0) {
			throw new FileRefusedException(
					new Refusal(ReportCode.AMC_EMPTY_STATEMENT, "Le relevé ne contient aucune ligne."));
		}
		if (load.errors().size() > profile.maxBadRowShare() * load.rows()) {
			throw new FileRefusedException(tooManyBadRows(load),
					load.errors().subList(0, Math.min(200, load.errors().size())));
		}
		RemittancePosting.Posted posted = RemittancePosting.post(connection, file.originalName(), file.id(),
				file.finess(), load.remittances());
		load.errors().forEach(context::reject);
		return new ImportOutcome(load.rows(), load.rows() - load.errors().size(), load.errors().size(),
				String.format(Locale.ROOT, "profile %s: %d payments, %d lines, %d codes", profile.name(),
						posted.remittances(), posted.lines(), posted.codes()));
	}

	private void stage(SourceFile file, AmcStatementProfile profile, Connection connection, AmcLoad load)
			throws IOException, SQLException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(profile.separator())
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.get();
		try (Reader reader = new BoundedLineReader(file.reader(profile.charset()), limits, file.originalName());
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
				RemittanceStaging staging = RemittanceStaging.open(connection)) {
			AmcRowReader rows = new AmcRowReader(profile, file.originalName(), parser.getHeaderNames());
			for (CSVRecord record : parser) {
				load.add(rows, record, staging);
			}
			staging.finish(connection);
		}
	}

	private static byte[] head(SourceFile file) throws IOException {
		try (InputStream in = Files.newInputStream(file.stored())) {
			return in.readNBytes(FileHead.LENGTH);
		}
	}

	private static Refusal tooManyBadRows(AmcLoad load) {
		return new Refusal(ReportCode.AMC_TOO_MANY_BAD_ROWS, load.errors().size() + " lignes sur " + load.rows()
				+ " sont illisibles : le relevé n'a pas été pris en compte (profil de relevé à revoir ?).");
	}

}

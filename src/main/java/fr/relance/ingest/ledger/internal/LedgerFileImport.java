package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.intake.ReportCode;
import fr.relance.ingest.CrossEstablishmentFileException;
import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.SnapshotHeldException;
import fr.relance.ingest.ledger.LedgerField;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.batch.ProgressMeter;

/**
 * One ledger file through parse, validate, stage and merge, inside the file's
 * transaction. Each valid line is sorted against what the establishment's data already
 * says ({@link KnownLedger}): only lines that may say something new are staged, so a
 * nightly full snapshot stages a few percent of its lines. The whole file is refused when
 * too many of its lines are bad, or when any line names another establishment (a
 * cross-establishment file); a snapshot that would close more than the allowed share of
 * the open invoices is held.
 */
public final class LedgerFileImport {

	private static final Logger log = LoggerFactory.getLogger(LedgerFileImport.class);

	/**
	 * Below this many open invoices a share means little (one of ten is 10 %): no hold.
	 */
	private static final int MIN_OPEN_FOR_SHARE_CHECK = 20;

	private final Jdbi jdbi;

	private final Connection connection;

	private final DataSource dataSource;

	/**
	 * {@code connection} is the file's transaction; {@code dataSource} lends a second one
	 * to read ahead.
	 */
	private final RecordLimits limits;

	/**
	 * A snapshot that would close more than this share of the open invoices is held;
	 * null: confirmed, no check.
	 */
	private final BigDecimal maxCloseShare;

	public LedgerFileImport(Jdbi jdbi, Connection connection, DataSource dataSource, RecordLimits limits,
			BigDecimal maxCloseShare) {
		this.limits = limits;
		this.maxCloseShare = maxCloseShare;
		this.jdbi = jdbi;
		this.connection = connection;
		this.dataSource = dataSource;
	}

	public ImportOutcome run(SourceFile file, String finess, LedgerProfile profile, ImportContext context)
			throws SQLException {
		long start = System.nanoTime();
		KnownLedger known = KnownLedger.load(connection, dataSource, finess);
		long loaded = System.nanoTime();
		RowParser parser = new RowParser(profile, finess, context.runDate(), file.originalName());
		ProgressMeter progress = ProgressMeter.start("ingest " + file.originalName(), 0);
		LedgerCsvSource source = new LedgerCsvSource(profile, limits, file.originalName());
		long read;
		Sorting sorting;
		try (LedgerStaging staging = new LedgerStaging(connection)) {
			sorting = new Sorting(known, staging, context, file.originalName());
			context.beforeWritingRejects(staging::pause);
			read = ReadAhead.<RawLine, List<ParsedLine>>forThisMachine()
				.run(lines -> source.read(file.stored(), lines), batch -> ParsedLine.parse(parser, batch), parsed -> {
					parsed.forEach(sorting::accept);
					progress.advance(parsed.size());
				});
			staging.finish();
		}
		progress.finish();
		log.debug("known ledger read in {} ms; {} lines parsed, {} staged, {} unchanged in {} ms",
				(loaded - start) / 1_000_000, read, sorting.staged, known.unchanged(),
				(System.nanoTime() - loaded) / 1_000_000);
		refuseIfMostlyBad(profile, read, sorting.bad, context);
		known.writePatientsToRefresh(connection);
		if (profile.snapshot()) {
			holdIfClosingTooMany(known.writeGone(connection));
		}
		return jdbi.withHandle(handle -> merge(handle, file, finess, profile, context, read, sorting));
	}

	/**
	 * In file order: reports each line's errors, and stages it unless it is bad, a
	 * duplicate or unchanged.
	 */
	private static final class Sorting {

		private final KnownLedger known;

		private final ImportContext context;

		private final String fileName;

		private final LedgerStaging staging;

		private long bad;

		private long duplicates;

		private long staged;

		Sorting(KnownLedger known, LedgerStaging staging, ImportContext context, String fileName) {
			this.known = known;
			this.staging = staging;
			this.context = context;
			this.fileName = fileName;
		}

		void accept(ParsedLine line) {
			if (line.foreignFiness() != null) {
				// checked on every line as it streams by: throwing rolls back what the
				// file staged so far
				throw new CrossEstablishmentFileException(line.foreignFiness(), line.line());
			}
			line.errors().forEach(context::reject);
			LedgerRow row = line.row();
			if (row == null) {
				bad++;
				if (line.invoiceNumber() != null) {
					known.mentioned(line.invoiceNumber());
				}
				return;
			}
			switch (known.admit(row, line.digest(), line.patientDigest())) {
				case STAGE -> stage(row, line.digest());
				case DUPLICATE -> {
					duplicates++;
					context.reject(new ReportedError(fileName, row.line(), LedgerField.INVOICE_NUMBER.key(),
							row.invoiceNumber(), ReportCode.DUPLICATE_INVOICE_IN_FILE,
							"Facture présente plusieurs fois dans "
									+ "le fichier : seule sa première ligne est prise en compte."));
				}
				case UNCHANGED -> {
					// nothing new: neither staged nor written
				}
			}
		}

		private void stage(LedgerRow row, long digest) {
			try {
				staging.add(row, digest);
				staged++;
			}
			catch (SQLException e) {
				throw new IllegalStateException("cannot stage ledger line " + row.line() + ": " + e.getMessage(), e);
			}
		}

	}

	private static void refuseIfMostlyBad(LedgerProfile profile, long read, long bad, ImportContext context) {
		if (read == 0) {
			throw new FileRefusedException(
					new Refusal(ReportCode.NO_DATA_ROWS, "Le fichier ne contient aucune ligne de données."));
		}
		BigDecimal share = BigDecimal.valueOf(bad).divide(BigDecimal.valueOf(read), 4, RoundingMode.HALF_UP);
		if (share.compareTo(profile.maxBadRowShare()) > 0) {
			throw new FileRefusedException(new Refusal(ReportCode.TOO_MANY_BAD_ROWS, String.format(Locale.FRANCE,
					"%d lignes sur %d sont invalides (%s %%), au-delà du seuil de %s %% du profil '%s' : rien n'a été "
							+ "importé. Les premières erreurs suivent.",
					bad, read, percent(share), percent(profile.maxBadRowShare()), profile.name())), context.examples());
		}
	}

	/**
	 * [invoices the snapshot would close, open invoices before it]: an export cut short
	 * closes the rest.
	 */
	private void holdIfClosingTooMany(long[] reach) {
		if (maxCloseShare != null && reach[1] >= MIN_OPEN_FOR_SHARE_CHECK
				&& BigDecimal.valueOf(reach[0]).compareTo(maxCloseShare.multiply(BigDecimal.valueOf(reach[1]))) > 0) {
			throw new SnapshotHeldException(reach[0], reach[1], percent(maxCloseShare) + " %");
		}
	}

	private static ImportOutcome merge(Handle handle, SourceFile file, String finess, LedgerProfile profile,
			ImportContext context, long read, Sorting sorting) {
		int closed = LedgerMerge.apply(handle, finess, file.id(), file.originalName(), context.runDate(),
				profile.snapshot());
		long imported = read - sorting.bad - sorting.duplicates;
		String unchanged = sorting.known.unchanged() + " lines unchanged";
		String note = profile.snapshot() ? "snapshot, " + unchanged + ", " + closed + " invoices closed at source"
				: "delta, " + unchanged;
		return new ImportOutcome(read, imported, sorting.bad + sorting.duplicates, note);
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
	}

}

package fr.relance.ingest.ledger.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import fr.relance.ingest.FileRefusedException;
import fr.relance.ingest.ImportContext;
import fr.relance.ingest.ImportOutcome;
import fr.relance.ingest.ledger.LedgerField;
import fr.relance.ingest.ledger.LedgerProfile;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.batch.ProgressMeter;

/**
 * One ledger file through parse, validate, stage and merge, inside the file's transaction. The whole file is refused
 * when too many of its lines are bad, or when a snapshot would close an implausible share of the open invoices.
 */
public final class LedgerFileImport {

	/** A snapshot that would close more than this share of the open invoices is taken for a broken export. */
	private static final BigDecimal MAX_SNAPSHOT_CLOSING_SHARE = new BigDecimal("0.5");

	private static final int MIN_OPEN_FOR_SHARE_CHECK = 20;

	private final Jdbi jdbi;

	private final Connection connection;

	public LedgerFileImport(Jdbi jdbi, Connection connection) {
		this.jdbi = jdbi;
		this.connection = connection;
	}

	public ImportOutcome run(SourceFile file, String finess, LedgerProfile profile, ImportContext context)
			throws SQLException {
		RowParser parser = new RowParser(profile, finess, context.runDate(), file.originalName());
		ProgressMeter progress = ProgressMeter.start("ingest " + file.originalName(), 0);
		long[] badRows = { 0 };
		long read;
		long start = System.nanoTime();
		LedgerCsvSource source = new LedgerCsvSource(profile);
		try (LedgerStaging staging = new LedgerStaging(connection)) {
			read = new ReadAhead<RawLine>().run(lines -> source.read(file.stored(), lines), raw -> {
				List<ReportedError> errors = new ArrayList<>(2);
				LedgerRow row = parser.parse(raw, errors);
				errors.forEach(context::reject);
				stage(staging, row, raw);
				if (row == null) {
					badRows[0]++;
				}
				progress.advance(1);
			});
			staging.finish();
		}
		progress.finish();
		org.slf4j.LoggerFactory.getLogger(LedgerFileImport.class).debug("parsed and staged {} lines in {} ms", read,
				(System.nanoTime() - start) / 1_000_000);
		refuseIfMostlyBad(profile, read, badRows[0], context);
		return jdbi.withHandle(handle -> merge(handle, file, finess, profile, context, read, badRows[0]));
	}

	private static void stage(LedgerStaging staging, LedgerRow row, RawLine raw) {
		try {
			if (row != null) {
				staging.add(row);
			}
			else if (raw.get(LedgerField.INVOICE_NUMBER) != null) {
				staging.seenOnRejectedLine(raw.get(LedgerField.INVOICE_NUMBER));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot stage ledger line " + raw.line() + ": " + e.getMessage(), e);
		}
	}

	private static void refuseIfMostlyBad(LedgerProfile profile, long read, long bad, ImportContext context) {
		if (read == 0) {
			throw new FileRefusedException(new Refusal("NO_DATA_ROWS", "Le fichier ne contient aucune ligne de données."));
		}
		BigDecimal share = BigDecimal.valueOf(bad).divide(BigDecimal.valueOf(read), 4, RoundingMode.HALF_UP);
		if (share.compareTo(profile.maxBadRowShare()) > 0) {
			throw new FileRefusedException(new Refusal("TOO_MANY_BAD_ROWS", String.format(Locale.FRANCE,
					"%d lignes sur %d sont invalides (%s %%), au-delà du seuil de %s %% du profil '%s' : rien n'a été "
							+ "importé. Les premières erreurs suivent.", bad, read, percent(share),
					percent(profile.maxBadRowShare()), profile.name())), context.examples());
		}
	}

	private static ImportOutcome merge(Handle handle, SourceFile file, String finess, LedgerProfile profile,
			ImportContext context, long read, long bad) {
		int duplicates = LedgerMerge.dropDuplicates(handle, file.id());
		if (profile.snapshot()) {
			long[] reach = LedgerMerge.snapshotReach(handle, finess);
			if (reach[1] >= MIN_OPEN_FOR_SHARE_CHECK && BigDecimal.valueOf(reach[0])
				.compareTo(MAX_SNAPSHOT_CLOSING_SHARE.multiply(BigDecimal.valueOf(reach[1]))) > 0) {
				throw new FileRefusedException(new Refusal("SUSPICIOUS_SNAPSHOT", String.format(Locale.FRANCE,
						"Cet export complet fermerait %d des %d factures ouvertes : il semble incomplet et n'a pas été "
								+ "appliqué. S'il est juste, contactez l'équipe Relance.", reach[0], reach[1])));
			}
		}
		int closed = LedgerMerge.apply(handle, finess, file.id(), file.originalName(), context.runDate(),
				profile.snapshot());
		long imported = read - bad - duplicates;
		String note = profile.snapshot() ? "snapshot, " + closed + " invoices closed at source" : "delta";
		return new ImportOutcome(read, imported, bad + duplicates, note);
	}

	private static String percent(BigDecimal share) {
		return share.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
	}

}

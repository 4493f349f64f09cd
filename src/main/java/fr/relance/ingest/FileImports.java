package fr.relance.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.support.db.Transactions;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.intake.ErrorReports;
import fr.relance.intake.Quarantine;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.intake.SourceFiles;

/**
 * Imports one received file in its own transaction and records the outcome: imported,
 * partially imported (bad rows reported to the establishment) or refused whole (handed to
 * the intake's {@link Quarantine}, nothing applied).
 */
@Component
public class FileImports {

	private static final Logger log = LoggerFactory.getLogger(FileImports.class);

	private final DropZone dropZone;

	private final TransactionTemplate requiresNew;

	private final Quarantine quarantine;

	private final HeldSnapshots held;

	private final SourceFiles sourceFiles;

	FileImports(DropZone dropZone, PlatformTransactionManager transactionManager, Quarantine quarantine,
			HeldSnapshots held, SourceFiles sourceFiles) {
		this.held = held;
		this.sourceFiles = sourceFiles;
		this.dropZone = dropZone;
		this.quarantine = quarantine;
		this.requiresNew = Transactions.requiresNew(transactionManager);
	}

	/**
	 * Imports the file; returns its outcome, or null when it was refused and quarantined,
	 * or held.
	 */
	public ImportOutcome run(FileImporter importer, SourceFile file, Establishment establishment,
			ImportContextFactory contexts) {
		return runReported(importer, file, establishment, contexts).outcome();
	}

	/**
	 * What became of one file.
	 *
	 * @param outcome what was applied, null when the file was refused whole and
	 * quarantined
	 * @param reportRows rows written in the establishment's error report for this file
	 * (0: no report)
	 * @param held a ledger snapshot held until ops confirm it (nothing applied, the file
	 * stays in the archive)
	 */
	public record Result(ImportOutcome outcome, long reportRows, boolean held) {

		Result(ImportOutcome outcome, long reportRows) {
			this(outcome, reportRows, false);
		}

	}

	/** Imports the file, and says how many rows its error report has. */
	public Result runReported(FileImporter importer, SourceFile file, Establishment establishment,
			ImportContextFactory contexts) {
		try {
			long[] reported = new long[1];
			ImportOutcome outcome = requiresNew.execute(tx -> {
				ImportContext context = contexts.create(file);
				ImportOutcome result = importer.importFile(file, establishment, context);
				context.flush();
				reported[0] = context.rejectedCount() + context.warningCount();
				sourceFiles.markImported(file.id(), result.partial(), result.rowsRead(), result.rowsImported(),
						result.rowsRejected());
				if (context.warningCount() > 0) {
					log.warn("source file {} ({}) of {} imported with {} warning(s) {}, reported to the establishment",
							file.id(), file.kind(), file.finess(), context.warningCount(), context.warningCodes());
				}
				return result.withWarnings(context.warningCount());
			});
			// rejected rows, remarks on accepted ones (a B2 that disagrees with the
			// ledger) and warnings go in the report
			return new Result(outcome, reported[0] > 0 ? writeRejectReport(file, contexts) : 0);
		}
		catch (CrossEstablishmentFileException foreign) {
			return new Result(null, quarantine.refuseCrossEstablishment(file, foreign.namedFiness(), foreign.line(),
					contexts.runDate()));
		}
		catch (SnapshotHeldException hold) {
			// nothing applied (the file's transaction rolled back); the file stays in the
			// archive for confirmation
			log.warn("ALERT ledger snapshot {} of {} held: {}", file.id(), file.finess(), hold.getMessage());
			held.hold(file.id(), hold.messageFr());
			return new Result(null, 0, true);
		}
		catch (FileRefusedException refused) {
			return new Result(null, quarantine.refuse(file, refused.refusal(), refused.examples(), contexts.runDate()));
		}
	}

	/** Returns the rows written. */
	private long writeRejectReport(SourceFile file, ImportContextFactory contexts) {
		List<ReportedError> errors = requiresNew.execute(tx -> sourceFiles.reportRows(file));
		Path report = ErrorReports.write(dropZone.out(file.finess()), contexts.runDate(), file.originalName(), errors);
		requiresNew.executeWithoutResult(tx -> sourceFiles.reportedAt(file.id(), report));
		return errors.size();
	}

}

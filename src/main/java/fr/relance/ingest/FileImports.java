package fr.relance.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.support.db.Transactions;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.intake.ErrorReports;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.intake.internal.SourceFileDao;

/**
 * Imports one received file in its own transaction and records the outcome: imported, partially imported (bad rows
 * reported to the establishment) or refused whole (moved from the archive to the quarantine, nothing applied).
 */
@Component
public class FileImports {

	private static final Logger log = LoggerFactory.getLogger(FileImports.class);

	private final Jdbi jdbi;

	private final DropZone dropZone;

	private final TransactionTemplate requiresNew;

	private final HeldSnapshots held;

	FileImports(Jdbi jdbi, DropZone dropZone, PlatformTransactionManager transactionManager, HeldSnapshots held) {
		this.held = held;
		this.jdbi = jdbi;
		this.dropZone = dropZone;
		this.requiresNew = Transactions.requiresNew(transactionManager);
	}

	/** Imports the file; returns its outcome, or null when it was refused and quarantined, or held. */
	public ImportOutcome run(FileImporter importer, SourceFile file, Establishment establishment,
			ImportContextFactory contexts) {
		try {
			long[] reported = new long[1];
			ImportOutcome outcome = requiresNew.execute(tx -> {
				ImportContext context = contexts.create(file);
				ImportOutcome result = importer.importFile(file, establishment, context);
				context.flush();
				reported[0] = context.rejectedCount();
				dao().imported(file.id(), result.partial() ? "partially_imported" : "imported", result.rowsRead(),
						result.rowsImported(), result.rowsRejected());
				return result;
			});
			// rejected rows, and remarks on accepted ones (a B2 that disagrees with the ledger), go in the report
			if (reported[0] > 0) {
				writeRejectReport(file, contexts);
			}
			return outcome;
		}
		catch (SnapshotHeldException hold) {
			// nothing applied (the file's transaction rolled back); the file stays in the archive for confirmation
			log.warn("ALERT ledger snapshot {} of {} held: {}", file.id(), file.finess(), hold.getMessage());
			held.hold(file.id(), hold.messageFr());
			return null;
		}
		catch (FileRefusedException refused) {
			log.warn("source file {} of {} refused whole: {}", file.id(), file.finess(), refused.refusal().code());
			quarantine(file, refused, contexts);
			return null;
		}
	}

	private void writeRejectReport(SourceFile file, ImportContextFactory contexts) {
		List<ReportedError> errors = new ArrayList<>();
		requiresNew.executeWithoutResult(tx -> dao().rejects(file.id()).forEach(r -> errors.add(new ReportedError(
				file.originalName(), r.line(), r.field(), r.valueMasked(), r.code(), r.messageFr()))));
		Path report = ErrorReports.write(dropZone.out(file.finess()), contexts.runDate(), file.originalName(), errors);
		requiresNew.executeWithoutResult(tx -> dao().reportedAt(file.id(), report.toString()));
	}

	/** Copy to the quarantine, record, then remove the archived copy: at any instant the file exists somewhere. */
	private void quarantine(SourceFile file, FileRefusedException refused, ImportContextFactory contexts) {
		Path target = dropZone.quarantine(file.finess()).resolve(file.stored().getFileName());
		List<ReportedError> errors = new ArrayList<>();
		errors.add(ReportedError.wholeFile(file.originalName(), refused.refusal()));
		errors.addAll(refused.examples());
		try {
			Files.createDirectories(target.getParent());
			Files.copy(file.stored(), target, StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), "Fichier : "
					+ file.originalName() + "\nCode : " + refused.refusal().code() + "\nMotif : "
					+ refused.refusal().messageFr() + "\n", StandardCharsets.UTF_8);
			Path report = ErrorReports.write(dropZone.out(file.finess()), contexts.runDate(), file.originalName(),
					errors);
			requiresNew.executeWithoutResult(tx -> dao().refused(file.id(), refused.refusal().code(),
					refused.refusal().messageFr(), target.toString(), report.toString()));
			Files.deleteIfExists(file.stored());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot quarantine source file " + file.id(), e);
		}
	}

	private SourceFileDao dao() {
		return jdbi.onDemand(SourceFileDao.class);
	}

}

package fr.relance.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.SourceFile;
import fr.relance.intake.SourceFiles;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageReport;
import fr.relance.support.text.Printable;

/**
 * The ingest stage of an establishment's night: every received file of the establishment,
 * by importer order (ledgers first), each in its own transaction. A restart takes up the
 * files still waiting. A file whose import fails unexpectedly is left waiting, the other
 * files go on, and the stage then fails so ops can fix and resume.
 */
class IngestTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(IngestTasklet.class);

	/**
	 * Names of the stage's figures in the run summary, each summed over the night's
	 * attempts.
	 */
	static final String FILES = "files";

	static final String FILES_REFUSED = "filesRefused";

	static final String FILES_HELD = "filesHeld";

	static final String ROWS_REJECTED = "rowsRejected";

	static final String WARNINGS = "warnings";

	static final String ERROR_REPORT_ROWS = "errorReportRows";

	private final EstablishmentDirectory establishments;

	private final List<FileImporter> importers;

	private final FileImports imports;

	private final Jdbi jdbi;

	private final HeldSnapshots heldSnapshots;

	private final SourceFiles sourceFiles;

	IngestTasklet(EstablishmentDirectory establishments, List<FileImporter> importers, FileImports imports, Jdbi jdbi,
			HeldSnapshots heldSnapshots, SourceFiles sourceFiles) {
		this.sourceFiles = sourceFiles;
		this.heldSnapshots = heldSnapshots;
		this.establishments = establishments;
		this.importers = importers.stream().sorted(Comparator.comparingInt(FileImporter::order)).toList();
		this.imports = imports;
		this.jdbi = jdbi;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate runDate = NightParameters.runDate(step);
		Establishment establishment = establishments.get(NightParameters.finess(step));
		ImportContextFactory contexts = new ImportContextFactory(runDate, jdbi);
		Tally tally = new Tally();
		List<String> failures = new ArrayList<>();
		for (FileImporter importer : importers) {
			for (SourceFile file : sourceFiles.received(establishment.finess(), importer.kind())) {
				try {
					tally.add(imports.runReported(importer, file, establishment, contexts));
				}
				catch (RuntimeException e) {
					log.error("import of source file {} ({}) failed, it stays waiting: {}", file.id(), file.kind(),
							Printable.of(e.getMessage()));
					log.debug("import failure of source file {}", file.id(), e);
					failures.add("file " + file.id() + ": " + Printable.of(e.getMessage()));
				}
			}
		}
		// held snapshots of this night and of earlier ones: ops are told every night
		// until they confirm
		for (HeldSnapshots.Held held : heldSnapshots.of(establishment.finess())) {
			StageReport.alert(step,
					"ledger snapshot " + held.name() + " of " + held.finess() + " (file " + held.id()
							+ ") held, nothing applied: " + held.reason() + " Check it with the establishment, then: "
							+ "ops/relance nightly --confirm-snapshot " + held.id());
		}
		StageReport.addCounts(step, tally.rowsRead, tally.rowsImported);
		StageReport.addRejected(step, tally.rowsRejected + tally.filesRefused);
		tally.addFigures(step);
		StageReport.note(step,
				String.format(Locale.ROOT,
						"%d files: %d refused whole; %d held; rows: %d rejected; %d warnings; %d rows in error reports",
						StageReport.figure(step, FILES), StageReport.figure(step, FILES_REFUSED),
						StageReport.figure(step, FILES_HELD), StageReport.figure(step, ROWS_REJECTED),
						StageReport.figure(step, WARNINGS), StageReport.figure(step, ERROR_REPORT_ROWS)));
		if (!failures.isEmpty()) {
			throw new IllegalStateException("ingest failed for " + String.join("; ", failures));
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * What this attempt did; its figures are added to the step's, which cover every
	 * attempt of the night.
	 */
	private static final class Tally {

		long files;

		long reportRows;

		long filesRefused;

		long filesHeld;

		long rowsRead;

		long rowsImported;

		long rowsRejected;

		long warnings;

		void add(FileImports.Result result) {
			files++;
			reportRows += result.reportRows();
			ImportOutcome outcome = result.outcome();
			if (result.held()) {
				filesHeld++;
				return;
			}
			if (outcome == null) {
				filesRefused++;
				return;
			}
			rowsRead += outcome.rowsRead();
			rowsImported += outcome.rowsImported();
			rowsRejected += outcome.rowsRejected();
			warnings += outcome.warnings();
		}

		void addFigures(StepExecution step) {
			StageReport.addFigure(step, FILES, files);
			StageReport.addFigure(step, FILES_REFUSED, filesRefused);
			StageReport.addFigure(step, FILES_HELD, filesHeld);
			StageReport.addFigure(step, ROWS_REJECTED, rowsRejected);
			StageReport.addFigure(step, WARNINGS, warnings);
			StageReport.addFigure(step, ERROR_REPORT_ROWS, reportRows);
		}

	}

}

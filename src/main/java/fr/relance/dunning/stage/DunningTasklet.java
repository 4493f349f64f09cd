package fr.relance.dunning.stage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.dunning.stage.internal.CsvExport;
import fr.relance.dunning.stage.internal.NightSummaryDao;
import fr.relance.dunning.stage.internal.RunDao;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;

/**
 * The dunning stage: each configured establishment's night in its own transaction, skipping those a failed earlier
 * attempt of the night already finished; a failing establishment does not stop the others, the stage fails after
 * them so the night can be resumed. An establishment whose later night is decided already fails the stage too: its
 * older night cannot be decided after it (see {@link LaterNightDecided}). Then the night's CSV files and the summary note, both read back from the
 * database so that a resumed night reports all of it.
 */
class DunningTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(DunningTasklet.class);

	private final EstablishmentDirectory establishments;

	private final DunningNight night;

	private final Jdbi jdbi;

	private final Path out;

	private final StaleLedgerAlerts staleLedgers;

	DunningTasklet(EstablishmentDirectory establishments, DunningNight night, Jdbi jdbi, RelanceProperties properties,
			StaleLedgerAlerts staleLedgers) {
		this.staleLedgers = staleLedgers;
		this.establishments = establishments;
		this.night = night;
		this.jdbi = jdbi;
		this.out = properties.out();
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate runDate = step.getJobParameters().getLocalDate("runDate");
		List<String> failures = new ArrayList<>();
		for (Establishment establishment : this.establishments.all()) {
			String finess = establishment.finess();
			Optional<LocalDate> decided = this.jdbi.withExtension(RunDao.class,
					(runs) -> runs.decidedFrom(finess, runDate));
			if (decided.isPresent()) {
				if (decided.get().isAfter(runDate)) {
					// an error, not a skip: every real night after a wrong future one would otherwise end "done"
					failures.add(LaterNightDecided.message(finess, runDate, decided.get()));
				}
				continue;
			}
			try {
				EstablishmentNight done = this.night.decide(finess, runDate);
				StageReport.addCounts(step, done.cases(), done.planned());
			}
			catch (RuntimeException e) {
				log.error("dunning of establishment {} failed: {}", finess, e.getMessage(), e);
				failures.add(finess + ": " + e.getMessage());
			}
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("dunning failed for " + String.join("; ", failures));
		}
		this.jdbi.useHandle((handle) -> {
			for (Establishment establishment : this.establishments.all()) {
				this.staleLedgers.check(handle, establishment.finess(), runDate)
					.ifPresent((alert) -> StageReport.alert(step, alert));
			}
			CsvExport export = new CsvExport(handle);
			export.decisions(this.out, runDate);
			export.calibration(this.out, runDate);
			NightSummaryDao summary = handle.attach(NightSummaryDao.class);
			StageReport.note(step,
					NightNote.of(summary.outcomes(runDate), summary.blockedBy(runDate), summary.suppressed(runDate)));
		});
		return RepeatStatus.FINISHED;
	}

}

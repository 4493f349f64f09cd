package fr.relance.dunning.stage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.dunning.stage.internal.NightSummaryDao;
import fr.relance.dunning.stage.internal.RunDao;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;

/**
 * The dunning stage of an establishment's night, in its own transaction, skipped when a
 * failed earlier attempt of the night already decided it. An establishment whose later
 * night is decided already fails the stage: its older night cannot be decided after it
 * (see {@link LaterNightDecided}). The note is read back from the database so that a
 * resumed night reports all of it; the ops-wide CSV files are written by
 * {@link DecisionExports} at the closing.
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
		LocalDate runDate = NightParameters.runDate(step);
		String finess = this.establishments.get(NightParameters.finess(step)).finess();
		Optional<LocalDate> decided = this.jdbi.withExtension(RunDao.class,
				(runs) -> runs.decidedFrom(finess, runDate));
		if (decided.isPresent() && decided.get().isAfter(runDate)) {
			// an error, not a skip: every real night after a wrong future one would
			// otherwise end "done"
			throw new IllegalStateException(LaterNightDecided.message(finess, runDate, decided.get()));
		}
		if (decided.isEmpty()) {
			try {
				EstablishmentNight done = this.night.decide(finess, runDate);
				StageReport.addCounts(step, done.cases(), done.planned());
			}
			catch (RuntimeException e) {
				log.error("dunning of establishment {} failed: {}", finess, e.getMessage(), e);
				throw new IllegalStateException("dunning failed for " + finess + ": " + e.getMessage(), e);
			}
		}
		this.jdbi.useHandle((handle) -> {
			this.staleLedgers.check(handle, finess, runDate).ifPresent((alert) -> StageReport.alert(step, alert));
			NightSummaryDao summary = handle.attach(NightSummaryDao.class);
			StageReport.note(step, NightNote.of(summary.outcomes(finess, runDate), summary.blockedBy(finess, runDate),
					summary.suppressed(finess, runDate)));
		});
		return RepeatStatus.FINISHED;
	}

}

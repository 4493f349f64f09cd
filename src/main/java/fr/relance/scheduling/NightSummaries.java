package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.intake.IntakeFigures;
import fr.relance.intake.SourceFiles;
import fr.relance.support.batch.EstablishmentLine;
import fr.relance.support.batch.FileLine;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.RunSummaries;
import fr.relance.support.batch.RunSummary;
import fr.relance.support.batch.StageLine;
import fr.relance.support.config.RelanceProperties;

/**
 * The summary of a date's night from the job repository: every establishment's night, the
 * closing for the establishments that have not completed yet, the files of the night.
 * Written to {@code <out>/<date>/run-summary.json}.
 */
@Component
class NightSummaries {

	private static final List<String> STAGES = Arrays.stream(PipelineStage.values())
		.map(PipelineStage::stepName)
		.toList();

	private static final List<String> UNIT_STAGES = Arrays.stream(PipelineStage.values())
		.filter(PipelineStage::perEstablishment)
		.map(PipelineStage::stepName)
		.toList();

	private static final List<String> CLOSING_STAGES = Arrays.stream(PipelineStage.values())
		.filter((s) -> !s.perEstablishment())
		.map(PipelineStage::stepName)
		.toList();

	private final JobRepository jobRepository;

	private final EstablishmentDirectory establishments;

	private final SourceFiles sourceFiles;

	private final RelanceProperties properties;

	NightSummaries(JobRepository jobRepository, EstablishmentDirectory establishments, SourceFiles sourceFiles,
			RelanceProperties properties) {
		this.jobRepository = jobRepository;
		this.establishments = establishments;
		this.sourceFiles = sourceFiles;
		this.properties = properties;
	}

	/**
	 * @param failures why this request's units or closing stopped
	 * @param alreadyCompleted nothing ran for this request: the night had completed
	 * before
	 */
	NightOutcome night(LocalDate runDate, List<String> failures, boolean alreadyCompleted) {
		return night(runDate, null, failures, alreadyCompleted);
	}

	/**
	 * @param closedWithout the establishments missing from the closing that just ran, so
	 * that the summary reports that closing even if a unit of another node completed
	 * since; {@code null}: those not completed now
	 */
	NightOutcome night(LocalDate runDate, List<String> closedWithout, List<String> failures, boolean alreadyCompleted) {
		List<EstablishmentLine> units = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Establishment establishment : this.establishments.all()) {
			JobInstance instance = this.jobRepository.getJobInstance(NightlyJobConfiguration.JOB_NAME,
					NightParameters.unit(runDate, establishment.finess()));
			EstablishmentLine unit = RunSummaries.establishment(this.jobRepository, instance, establishment.finess(),
					UNIT_STAGES);
			units.add(unit);
			if (!unit.completed()) {
				missing.add(establishment.finess());
			}
		}
		JobInstance closing = this.jobRepository.getJobInstance(NightlyJobConfiguration.CLOSING_JOB_NAME,
				NightParameters.closing(runDate, closedWithout == null ? missing : closedWithout));
		List<StageLine> closingLines = RunSummaries.lines(this.jobRepository, closing, CLOSING_STAGES);
		List<FileLine> files = this.sourceFiles.ofNight(runDate);
		RunSummary summary = RunSummaries.of(runDate, units, closingLines, STAGES, files);
		// a file refused at import counts as quarantined by intake: intake's line is
		// restated from the registry
		summary = summary.withStage(PipelineStage.INTAKE.stepName(),
				line -> IntakeFigures.restate(line, files, units.size()));
		return new NightOutcome(summary, RunSummaries.writeJson(summary, this.properties.out()), alreadyCompleted,
				failures);
	}

}

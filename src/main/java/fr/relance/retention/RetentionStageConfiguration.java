package fr.relance.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;

/**
 * The retention stage, last of the night: deletes the files past their retention period
 * and erases the patients of closed and quiet cases, listing both first in
 * {@code <out>/<date>/retention-deleted.csv}. A restarted attempt lists again and deletes
 * what is left; a patient already purged is never listed again.
 */
@Configuration(proxyBeanMethods = false)
class RetentionStageConfiguration {

	static final String DELETED_LIST = "retention-deleted.csv";

	@Bean
	StageStep retentionStage(JobRepository repository, PlatformTransactionManager transactionManager,
			RetentionPlan plan, ClosedCases closedCases, RelanceProperties properties) {
		Tasklet tasklet = (contribution, chunk) -> {
			StepExecution step = contribution.getStepExecution();
			LocalDate night = step.getJobParameters().getLocalDate("runDate");
			List<Expired> expired = plan.expiredOn(night);
			// an establishment whose night has not completed keeps its patients until the
			// closing runs again for it
			List<ClosedCase> closed = closedCases.closedOn(night, missing(step));
			record(properties.out().resolve(night.toString()), expired, closed, plan);
			Map<RetentionKind, Long> deleted = plan.delete(expired);
			long purged = StageReport.addFigure(step, CLOSED_CASE_FIGURE, closedCases.purge(closed, night));
			long total = 0;
			for (RetentionKind kind : RetentionKind.values()) {
				total += StageReport.addFigure(step, kind.figure(), deleted.get(kind));
			}
			StageReport.addCounts(step, expired.size() + closed.size(), expired.size() + closed.size());
			StageReport.note(step, String.format(Locale.ROOT,
					"%d files past their retention period deleted (archive %d, quarantine %d, reports %d, outputs %d);"
							+ " %d patients of closed cases purged",
					total, StageReport.figure(step, RetentionKind.ARCHIVE.figure()),
					StageReport.figure(step, RetentionKind.QUARANTINE.figure()),
					StageReport.figure(step, RetentionKind.REPORTS.figure()),
					StageReport.figure(step, RetentionKind.OUTPUTS.figure()), purged));
			return RepeatStatus.FINISHED;
		};
		return new StageStep(PipelineStage.RETENTION,
				new StepBuilder(PipelineStage.RETENTION.stepName(), repository).tasklet(tasklet, transactionManager)
					.build());
	}

	/** The kind column of a purged patient's row in {@link #DELETED_LIST}. */
	static final String PATIENT_KIND = "PATIENT";

	/** The run summary's count of patients purged. */
	static final String CLOSED_CASE_FIGURE = "closedCasePatients";

	/**
	 * Written before deleting: a crash in between leaves the list of what was (being)
	 * deleted. A patient is named by FINESS and masked identifier, never by name, dated
	 * by the last activity on the case.
	 */
	private static void record(Path folder, List<Expired> expired, List<ClosedCase> closed, RetentionPlan plan) {
		if (expired.isEmpty() && closed.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder();
		for (Expired e : expired) {
			csv.append(e.kind()).append(';').append(e.dated()).append(';').append(plan.shown(e.file())).append('\n');
		}
		for (ClosedCase c : closed) {
			csv.append(PATIENT_KIND).append(';').append(c.lastActivity()).append(';').append(c.shown()).append('\n');
		}
		try {
			Files.createDirectories(folder);
			Path file = folder.resolve(DELETED_LIST);
			if (!Files.exists(file)) {
				Files.writeString(file, "kind;dated;file\n", StandardCharsets.UTF_8);
			}
			Files.writeString(file, csv, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + folder.resolve(DELETED_LIST), e);
		}
	}

	private static List<String> missing(StepExecution step) {
		String missing = step.getJobParameters().getString(NightParameters.MISSING);
		return missing == null || missing.isBlank() ? List.of() : List.of(missing.split(","));
	}

}

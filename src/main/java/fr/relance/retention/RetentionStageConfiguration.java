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

import fr.relance.support.batch.PipelineStage;
import fr.relance.support.batch.StageStep;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;

/**
 * The retention stage, last of the night: deletes the files past their retention period and lists them in
 * {@code <out>/<date>/retention-deleted.csv}. A restarted attempt lists again and deletes what is left.
 */
@Configuration(proxyBeanMethods = false)
class RetentionStageConfiguration {

	static final String DELETED_LIST = "retention-deleted.csv";

	@Bean
	StageStep retentionStage(JobRepository repository, PlatformTransactionManager transactionManager,
			RetentionPlan plan, RelanceProperties properties) {
		Tasklet tasklet = (contribution, chunk) -> {
			StepExecution step = contribution.getStepExecution();
			LocalDate night = step.getJobParameters().getLocalDate("runDate");
			List<Expired> expired = plan.expiredOn(night);
			record(properties.out().resolve(night.toString()), expired, plan);
			Map<RetentionKind, Long> deleted = plan.delete(expired);
			long total = 0;
			for (RetentionKind kind : RetentionKind.values()) {
				total += StageReport.addFigure(step, kind.figure(), deleted.get(kind));
			}
			StageReport.addCounts(step, expired.size(), expired.size());
			StageReport.note(step, String.format(Locale.ROOT,
					"%d files past their retention period deleted (archive %d, quarantine %d, reports %d, outputs %d)",
					total, StageReport.figure(step, RetentionKind.ARCHIVE.figure()),
					StageReport.figure(step, RetentionKind.QUARANTINE.figure()),
					StageReport.figure(step, RetentionKind.REPORTS.figure()),
					StageReport.figure(step, RetentionKind.OUTPUTS.figure())));
			return RepeatStatus.FINISHED;
		};
		return new StageStep(PipelineStage.RETENTION, new StepBuilder(PipelineStage.RETENTION.stepName(), repository)
			.tasklet(tasklet, transactionManager)
			.build());
	}

	/** Written before deleting: a crash in between leaves the list of what was (being) deleted. */
	private static void record(Path folder, List<Expired> expired, RetentionPlan plan) {
		if (expired.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder();
		for (Expired e : expired) {
			csv.append(e.kind()).append(';').append(e.dated()).append(';').append(plan.shown(e.file()))
				.append('\n');
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

}

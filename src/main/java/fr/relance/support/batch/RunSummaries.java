package fr.relance.support.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Builds the summary of a night from the job repository and writes it where ops look for it. */
public final class RunSummaries {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RunSummaries() {
	}

	/**
	 * One line per stage over every execution of it in this night: a restarted night shows the stages that completed
	 * in an earlier attempt, and a stage that failed then ran again counts what both attempts did.
	 */
	public static RunSummary of(JobRepository repository, JobExecution execution, List<String> stageNames,
			LocalDate runDate, List<FileLine> files) {
		JobInstance instance = execution.getJobInstance();
		List<StageLine> lines = new ArrayList<>();
		List<JobExecution> executions = new ArrayList<>(repository.getJobExecutions(instance));
		executions.sort(Comparator.comparingLong(JobExecution::getId));
		for (String stage : stageNames) {
			List<StepExecution> attempts = new ArrayList<>();
			for (JobExecution each : executions) {
				each.getStepExecutions().stream().filter(s -> s.getStepName().equals(stage))
					.sorted(Comparator.comparingLong(StepExecution::getId)).forEach(attempts::add);
			}
			lines.add(attempts.isEmpty() ? StageLine.notRun(stage) : StageLine.of(attempts));
		}
		int attempt = executions.size();
		return new RunSummary(runDate, execution.getStatus().name(), attempt, lines, files);
	}

	/** Writes {@code <out>/<date>/run-summary.json} atomically (temporary file, then rename). */
	public static Path writeJson(RunSummary summary, Path out) {
		try {
			Path dir = Files.createDirectories(out.resolve(summary.runDate().toString()));
			Path target = dir.resolve("run-summary.json");
			Path tmp = dir.resolve("run-summary.json.tmp");
			JSON.writeValue(tmp.toFile(), summary);
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the run summary under " + out, e);
		}
	}

}

package fr.relance.support.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the summary of a night from the job repository and writes it where ops look for
 * it.
 */
public final class RunSummaries {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private RunSummaries() {
	}

	/**
	 * One line per stage over every execution of one job instance (an establishment's
	 * night, or a closing): a restarted night shows the stages that completed in an
	 * earlier attempt, and a stage that failed then ran again counts what both attempts
	 * did. Every stage is NOT_RUN for an instance that never started (null).
	 */
	public static List<StageLine> lines(JobRepository repository, JobInstance instance, List<String> stageNames) {
		List<JobExecution> executions = executions(repository, instance);
		List<StageLine> lines = new ArrayList<>();
		for (String stage : stageNames) {
			List<StepExecution> attempts = new ArrayList<>();
			for (JobExecution each : executions) {
				each.getStepExecutions()
					.stream()
					.filter(s -> s.getStepName().equals(stage))
					.sorted(Comparator.comparingLong(StepExecution::getId))
					.forEach(attempts::add);
			}
			lines.add(attempts.isEmpty() ? StageLine.notRun(stage) : StageLine.of(attempts));
		}
		return lines;
	}

	/**
	 * An establishment's night: its status is its last execution's, NOT_RUN when it never
	 * started.
	 */
	public static EstablishmentLine establishment(JobRepository repository, JobInstance instance, String finess,
			List<String> stageNames) {
		List<JobExecution> executions = executions(repository, instance);
		List<StageLine> lines = lines(repository, instance, stageNames);
		String status = executions.isEmpty() ? "NOT_RUN" : executions.get(executions.size() - 1).getStatus().name();
		BigDecimal seconds = lines.stream()
			.map(StageLine::seconds)
			.reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
		return new EstablishmentLine(finess, status, executions.size(), seconds, lines);
	}

	/**
	 * The night of a date: every establishment's night, then the closing's stages; each
	 * stage line of the night is the total over the establishments. It completed when
	 * every establishment's night and the closing completed.
	 */
	public static RunSummary of(LocalDate runDate, List<EstablishmentLine> units, List<StageLine> closing,
			List<String> stageNames, List<FileLine> files) {
		List<StageLine> lines = new ArrayList<>();
		for (String stage : stageNames) {
			Optional<StageLine> closed = closing.stream().filter((l) -> l.stage().equals(stage)).findFirst();
			if (closed.isPresent()) {
				lines.add(closed.get());
				continue;
			}
			List<StageLine> each = new ArrayList<>();
			List<String> labels = new ArrayList<>();
			for (EstablishmentLine unit : units) {
				unit.stages().stream().filter((l) -> l.stage().equals(stage)).findFirst().ifPresent((l) -> {
					each.add(l);
					labels.add(unit.finess());
				});
			}
			lines.add(each.isEmpty() ? StageLine.notRun(stage) : StageLine.total(stage, labels, each));
		}
		String status;
		if (units.stream().anyMatch((u) -> u.status().equals("STARTED") || u.status().equals("STARTING"))) {
			status = "STARTED";
		}
		else if (units.stream().allMatch(EstablishmentLine::completed)
				&& closing.stream().allMatch((l) -> l.status().equals("COMPLETED"))) {
			status = "COMPLETED";
		}
		else {
			status = "FAILED";
		}
		int attempt = units.stream().mapToInt(EstablishmentLine::attempt).max().orElse(0);
		return new RunSummary(runDate, status, attempt, lines, files, units);
	}

	private static List<JobExecution> executions(JobRepository repository, JobInstance instance) {
		if (instance == null) {
			return List.of();
		}
		List<JobExecution> executions = new ArrayList<>(repository.getJobExecutions(instance));
		executions.sort(Comparator.comparingLong(JobExecution::getId));
		return executions;
	}

	/**
	 * Writes {@code <out>/<date>/run-summary.json} atomically (temporary file, then
	 * rename).
	 */
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

package fr.relance.support.batch;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * One log line when a stage starts and one when it ends, which is what ops read in cron
 * mail and journald; a failed stage keeps its root cause as its summary note. Registered
 * on every stage step by the nightly job.
 */
public class StageLogListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger("fr.relance.stage");

	/**
	 * Says which stage is running: the last line of a log cut short (a killed engine, a
	 * power cut) names it.
	 */
	@Override
	public void beforeStep(StepExecution step) {
		log.info("{} started", step.getStepName());
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		if (!step.getFailureExceptions().isEmpty() && StageReport.note(step).isEmpty()) {
			// the exit description stored by Spring Batch is a truncated stack trace:
			// keep the root cause readable
			StageReport.note(step, "failed: " + rootMessage(step.getFailureExceptions().get(0)));
		}
		StageLine line = StageLine.of(List.of(step)); // this attempt: the log tells what
														// it did
		log.info("{} {} read={} written={} rejected={} {}s{}", line.stage(), line.status(), line.read(), line.written(),
				line.rejected(), line.seconds(), line.note().isEmpty() ? "" : " - " + line.note());
		return step.getExitStatus();
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage().lines().findFirst().orElse("") : root.toString();
	}

}

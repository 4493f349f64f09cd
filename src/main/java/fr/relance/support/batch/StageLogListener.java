package fr.relance.support.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One log line per stage, which is what ops read in cron mail and journald. */
public class StageLogListener implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger("stage");

	@Override
	public ExitStatus afterStep(StepExecution step) {
		StageLine line = StageLine.of(step);
		log.info("{} {} read={} written={} rejected={} {}s{}", line.stage(), line.status(), line.read(), line.written(),
				line.rejected(), line.seconds(), line.note().isEmpty() ? "" : " - " + line.note());
		return step.getExitStatus();
	}

}

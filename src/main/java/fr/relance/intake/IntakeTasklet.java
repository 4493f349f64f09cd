package fr.relance.intake;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.NightParameters;
import fr.relance.support.batch.StageReport;
import fr.relance.support.text.Printable;

/**
 * The intake stage of an establishment's night: take the complete files of its
 * {@code in/} folder. A failure fails the stage, so that establishment's night can be
 * resumed; the other establishments' nights go on.
 */
class IntakeTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(IntakeTasklet.class);

	static final int MAX_IGNORED_ALERTS = 20;

	private final EstablishmentDirectory establishments;

	private final FileIntake intake;

	IntakeTasklet(EstablishmentDirectory establishments, FileIntake intake) {
		this.establishments = establishments;
		this.intake = intake;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate runDate = NightParameters.runDate(step);
		alertNonUtf8FileNames(contribution);
		Establishment establishment = establishments.get(NightParameters.finess(step));
		IntakeResult total;
		try {
			total = intake.take(establishment, runDate);
		}
		catch (RuntimeException e) {
			String cause = Printable.of(causes(e));
			log.error("intake of establishment {} failed: {}", establishment.finess(), cause);
			log.debug("intake failure of {}", establishment.finess(), e);
			throw new IllegalStateException("intake failed for " + establishment.finess() + ": " + cause, e);
		}
		alertIgnored(contribution, total.ignored(), runDate);
		StageReport.addCounts(step, total.taken(), total.accepted());
		StageReport.addRejected(step, total.quarantined());
		StageReport.addFigure(step, IntakeFigures.ACCEPTED, total.accepted());
		StageReport.addFigure(step, IntakeFigures.DUPLICATES, total.duplicates());
		StageReport.addFigure(step, IntakeFigures.QUARANTINED, total.quarantined());
		StageReport.setFigure(step, IntakeFigures.WAITING, total.waiting());
		StageReport.addFigure(step, IntakeFigures.PULL_FAILURES, total.pullFailures());
		StageReport.addFigure(step, IntakeFigures.VANISHED, total.vanished());
		StageReport.setFigure(step, IntakeFigures.IGNORED, total.ignored().size());
		StageReport.note(step, IntakeFigures.note(1, StageReport.figure(step, IntakeFigures.ACCEPTED),
				StageReport.figure(step, IntakeFigures.DUPLICATES), StageReport.figure(step, IntakeFigures.QUARANTINED),
				0, total.waiting(), StageReport.figure(step, IntakeFigures.PULL_FAILURES),
				StageReport.figure(step, IntakeFigures.VANISHED), total.ignored().size()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The JVM takes its file-name encoding from the locale it was started under, and no
	 * option changes it: under {@code LANG=C} (cron's default) an accented name cannot be
	 * taken. {@code ops/relance} sets a UTF-8 locale; an engine started some other way is
	 * told.
	 */
	private static void alertNonUtf8FileNames(StepContribution contribution) {
		String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
		if (!encoding.equalsIgnoreCase("UTF-8")) {
			String alert = "file names are read as " + encoding + ", not UTF-8: files with accented names will be"
					+ " quarantined; start the engine through ops/relance or under a UTF-8 locale (LC_ALL=C.UTF-8)";
			log.warn("ALERT {}", alert);
			StageReport.alert(contribution.getStepExecution(), alert);
		}
	}

	/**
	 * The run summary lists what was left in {@code in/}, up to a bound: the
	 * establishment's CSV has all of it.
	 */
	private static void alertIgnored(StepContribution contribution, List<IgnoredFile> ignored, LocalDate runDate) {
		int shown = Math.min(ignored.size(), MAX_IGNORED_ALERTS);
		for (IgnoredFile file : ignored.subList(0, shown)) {
			String alert = "ignored " + file.finess() + "/in/" + Printable.of(file.name()) + ": "
					+ file.reason().opsText();
			log.warn("ALERT {}", alert);
			StageReport.alert(contribution.getStepExecution(), alert);
		}
		if (ignored.size() > shown) {
			StageReport.alert(contribution.getStepExecution(), (ignored.size() - shown)
					+ " more entries ignored: see out/" + runDate + "-fichiers-ignores.csv of each establishment");
		}
	}

	/**
	 * Every message of the chain: the outer one says what was being done, the innermost
	 * why.
	 */
	private static String causes(Throwable failure) {
		StringBuilder text = new StringBuilder(String.valueOf(failure.getMessage()));
		for (Throwable cause = failure.getCause(); cause != null
				&& cause != cause.getCause(); cause = cause.getCause()) {
			if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
				text.append(": ").append(cause.getMessage());
			}
		}
		return text.toString();
	}

}

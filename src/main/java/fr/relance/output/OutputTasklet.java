package fr.relance.output;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.money.Amounts;

/**
 * The output stage of an establishment's night: a failure fails the stage so that the
 * night can be resumed (what was registered stays, the rest is rendered again). It
 * renders one file at a time, so memory holds one file of
 * {@code relance.output.letters-per-file} letters per establishment running. Actions that
 * cannot be rendered are reported to the establishment
 * ({@code <drop>/<FINESS>/out/<date>-courriers-non-emis.csv}) and, at the closing of the
 * night, to ops ({@code <out>/<date>/letters-not-emitted.csv}, see
 * {@link NotEmittedForOps}) with an alert.
 */
class OutputTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(OutputTasklet.class);

	private final EstablishmentDirectory establishments;

	private final OutputNight night;

	private final RelanceProperties properties;

	OutputTasklet(EstablishmentDirectory establishments, OutputNight night, RelanceProperties properties) {
		this.establishments = establishments;
		this.night = night;
		this.properties = properties;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate runDate = NightParameters.runDate(step);
		Establishment establishment = this.establishments.get(NightParameters.finess(step));
		EstablishmentOutput output;
		try {
			output = this.night.emit(establishment, runDate);
		}
		catch (RuntimeException e) {
			log.error("output of establishment {} failed: {}", establishment.finess(), e.getMessage(), e);
			throw new IllegalStateException("output failed for " + establishment.finess() + ": " + e.getMessage(), e);
		}
		StageReport.addCounts(step, output.due(), output.emitted());
		if (output.deferred() > 0) {
			StageReport.alert(step, "establishment " + establishment.finess() + ": " + output.deferred()
					+ " letters left for the next nights by its cap of letters per night");
		}
		alertNotEmitted(step, establishment.finess(), output.notEmitted());
		output.emissions()
			.forEach((e) -> e.figures().forEach((name, value) -> StageReport.setFigure(step, name, value)));
		output.alerts().forEach((alert) -> {
			log.warn("ALERT establishment {}: {}", establishment.finess(), alert);
			StageReport.alert(step, "establishment " + establishment.finess() + ": " + alert);
		});
		NotEmittedReport.forEstablishment(this.properties.drop(), establishment.finess(), runDate, output.notEmitted());
		NotEmittedReport.forOps(this.properties.out(), runDate, establishment.finess(), output.notEmitted());
		long sms = StageReport.figure(step, "smsMessages");
		StageReport.note(step,
				output.emitted() + " actions emitted in " + output.files().size() + " files"
						+ (sms > 0 ? " (" + sms + " SMS, " + StageReport.figure(step, "smsSegments") + " segments, "
								+ Amounts.french(Amounts.ofCents(StageReport.figure(step, "smsCostCents"))) + ")" : "")
						+ (output.deferred() > 0 ? ", " + output.deferred() + " deferred by caps" : "")
						+ (output.notEmitted().isEmpty() ? ""
								: ", " + output.notEmitted().size() + " not emitted (see alerts)"));
		return RepeatStatus.FINISHED;
	}

	/**
	 * One alert per establishment and reason, counted: ops fix causes, not letters one by
	 * one.
	 */
	private static void alertNotEmitted(StepExecution step, String finess, List<NotEmitted> notEmitted) {
		Map<String, Integer> byReason = new TreeMap<>();
		notEmitted.forEach((n) -> byReason.merge(n.reason(), 1, Integer::sum));
		byReason.forEach((reason, count) -> {
			String alert = "establishment " + finess + ": " + count + " actions not emitted: " + reason;
			log.warn("ALERT {}", alert);
			StageReport.alert(step, alert);
		});
	}

}

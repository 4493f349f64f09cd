package fr.relance.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.batch.StageReport;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.money.Amounts;

/**
 * The output stage: each configured establishment's output night; a failing establishment does not stop the others,
 * the stage fails after them so that the night can be resumed (what was registered stays, the rest is rendered
 * again). Establishments are rendered in parallel on {@code threads} threads; each renders one file at a time, so
 * memory holds at most {@code threads} files of {@code relance.output.letters-per-file} letters. Results are reported
 * in the establishments' order, whatever order they finish in. Actions that cannot be rendered are reported to ops (alert, {@code <out>/<date>/letters-not-emitted.csv})
 * and to the establishment ({@code <drop>/<FINESS>/out/<date>-courriers-non-emis.csv}).
 */
class OutputTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(OutputTasklet.class);

	private final EstablishmentDirectory establishments;

	private final OutputNight night;

	private final RelanceProperties properties;

	private final int threads;

	OutputTasklet(EstablishmentDirectory establishments, OutputNight night, RelanceProperties properties,
			int threads) {
		this.establishments = establishments;
		this.night = night;
		this.properties = properties;
		this.threads = threads;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		StepExecution step = contribution.getStepExecution();
		LocalDate runDate = step.getJobParameters().getLocalDate("runDate");
		List<String> failures = new ArrayList<>();
		List<NotEmitted> notEmitted = new ArrayList<>();
		int emitted = 0;
		int deferred = 0;
		int files = 0;
		List<Establishment> all = List.copyOf(this.establishments.all());
		ExecutorService pool = pool(Math.max(1, Math.min(this.threads, all.size())));
		List<Future<EstablishmentOutput>> outputs = new ArrayList<>();
		try {
			for (Establishment establishment : all) {
				outputs.add(pool.submit(() -> this.night.emit(establishment, runDate)));
			}
		}
		finally {
			pool.shutdown();
		}
		for (int i = 0; i < all.size(); i++) {
			Establishment establishment = all.get(i);
			try {
				EstablishmentOutput output = result(outputs.get(i));
				StageReport.addCounts(step, output.due(), output.emitted());
				emitted += output.emitted();
				deferred += output.deferred();
				files += output.files().size();
				notEmitted.addAll(output.notEmitted());
				if (output.deferred() > 0) {
					StageReport.alert(step, "establishment " + establishment.finess() + ": " + output.deferred()
							+ " letters left for the next nights by its cap of letters per night");
				}
				alertNotEmitted(step, establishment.finess(), output.notEmitted());
				output.emissions().forEach((e) -> e.figures().forEach((name, value) -> StageReport.setFigure(step,
						name + "." + establishment.finess(), value)));
				output.alerts().forEach((alert) -> {
					log.warn("ALERT establishment {}: {}", establishment.finess(), alert);
					StageReport.alert(step, "establishment " + establishment.finess() + ": " + alert);
				});
				NotEmittedReport.forEstablishment(this.properties.drop(), establishment.finess(), runDate,
						output.notEmitted());
			}
			catch (RuntimeException e) {
				log.error("output of establishment {} failed: {}", establishment.finess(), e.getMessage(), e);
				failures.add(establishment.finess() + ": " + e.getMessage());
			}
		}
		NotEmittedReport.forOps(this.properties.out(), runDate, notEmitted);
		long sms = total(step, all, "smsMessages");
		for (String figure : List.of("smsMessages", "smsSegments", "smsCostCents")) {
			StageReport.setFigure(step, figure, total(step, all, figure));
		}
		StageReport.note(step, emitted + " actions emitted in " + files + " files"
				+ (sms > 0 ? " (" + sms + " SMS, " + total(step, all, "smsSegments") + " segments, "
						+ Amounts.french(Amounts.ofCents(total(step, all, "smsCostCents"))) + ")" : "")
				+ (deferred > 0 ? ", " + deferred + " deferred by caps" : "")
				+ (notEmitted.isEmpty() ? "" : ", " + notEmitted.size() + " not emitted (see alerts)"));
		if (!failures.isEmpty()) {
			throw new IllegalStateException("output failed for " + String.join("; ", failures));
		}
		return RepeatStatus.FINISHED;
	}

	/** A channel's figure of the night over every establishment, each as its last attempt of the night left it. */
	private static long total(StepExecution step, List<Establishment> all, String figure) {
		return all.stream().mapToLong((e) -> StageReport.figure(step, figure + "." + e.finess())).sum();
	}

	private static ExecutorService pool(int size) {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(size, (task) -> {
			Thread thread = new Thread(task, "output-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The establishment's output, or what made it fail, as if it had run on this thread. */
	private static EstablishmentOutput result(Future<EstablishmentOutput> output) {
		try {
			return output.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while the letters were rendered", e);
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (e.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
		}
	}

	/** One alert per establishment and reason, counted: ops fix causes, not letters one by one. */
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

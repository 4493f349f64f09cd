package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs one night from the command line: every establishment's night on a bounded pool of
 * threads, then the closing. A completed establishment is not run again and a failed one
 * resumes where it stopped, so running the same date again resumes only what failed. An
 * establishment another process is running is left to it and named.
 */
@Component
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	/**
	 * Connections one running establishment may hold: its lock, its step's transaction,
	 * two for a ledger import.
	 */
	static final int CONNECTIONS_PER_ESTABLISHMENT = 4;

	private final NightUnits units;

	private final NightSummaries summaries;

	private final int parallelism;

	NightlyRunner(NightUnits units, NightSummaries summaries, @Value("${relance.night.parallelism:0}") int parallelism,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		this.units = units;
		this.summaries = summaries;
		this.parallelism = parallelism(parallelism, poolSize);
	}

	/**
	 * 0 is the number of cores; never more than the connection pool can serve (two
	 * connections kept for the rest).
	 */
	static int parallelism(int asked, int poolSize) {
		int wanted = asked > 0 ? asked : Runtime.getRuntime().availableProcessors();
		int served = Math.max(1, (poolSize - 2) / CONNECTIONS_PER_ESTABLISHMENT);
		if (wanted > served) {
			log.warn(
					"{} establishments at once asked, the connection pool of {} serves {}: raise relance.db.pool-size"
							+ " to {} for {}",
					wanted, poolSize, served, wanted * CONNECTIONS_PER_ESTABLISHMENT + 2, wanted);
		}
		return Math.min(wanted, served);
	}

	public int parallelism() {
		return this.parallelism;
	}

	public NightOutcome run(LocalDate runDate) throws Exception {
		List<NightUnit> nights = this.units.prepare(runDate);
		log.info("night {}: {} establishments, {} at a time", runDate, nights.size(), this.parallelism);
		List<UnitOutcome> outcomes = runAll(nights);
		List<String> failures = new ArrayList<>();
		outcomes.forEach((o) -> failures.addAll(o.failures()));
		boolean allAlready = outcomes.stream().allMatch(UnitOutcome::alreadyCompleted);
		Optional<NightOutcome> closed = this.units.consolidateIfEnded(runDate);
		if (closed.isEmpty()) {
			return this.summaries.night(runDate, failures, false);
		}
		NightOutcome outcome = closed.get();
		List<String> all = new ArrayList<>(failures);
		all.addAll(outcome.failures());
		return new NightOutcome(outcome.summary(), outcome.summaryFile(), allAlready && outcome.alreadyCompleted(),
				all);
	}

	private List<UnitOutcome> runAll(List<NightUnit> nights) throws InterruptedException {
		if (nights.isEmpty()) {
			return List.of();
		}
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.parallelism, nights.size()), (task) -> {
			Thread thread = new Thread(task, "night-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<UnitOutcome>> running = new ArrayList<>();
			for (NightUnit night : nights) {
				running.add(pool.submit(() -> this.units.run(night)));
			}
			List<UnitOutcome> outcomes = new ArrayList<>();
			for (int i = 0; i < nights.size(); i++) {
				try {
					outcomes.add(running.get(i).get());
				}
				catch (ExecutionException e) {
					// run() reports its own failures; this is an Error (out of
					// memory...): that night failed
					outcomes.add(new UnitOutcome(nights.get(i), "FAILED", false,
							List.of(nights.get(i).finess() + ": " + EstablishmentNights.message(e.getCause()))));
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdown();
		}
	}

}

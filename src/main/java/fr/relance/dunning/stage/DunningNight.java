package fr.relance.dunning.stage;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.support.db.Transactions;

import fr.relance.dunning.DunningPolicy;
import fr.relance.dunning.DunningSettings;
import fr.relance.dunning.calibration.Uplifts;
import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.stage.internal.Calibrations;
import fr.relance.dunning.stage.internal.DecisionRows;
import fr.relance.dunning.stage.internal.NightDao;
import fr.relance.dunning.stage.internal.RunDao;
import fr.relance.dunning.stage.internal.SnapshotReader;

/**
 * One establishment's dunning night, in its own transaction: its decisions, actions,
 * suppressions, closed cases and its {@code dunning_run} row commit together or not at
 * all. So a night with that row is complete, and running it again decides, records and
 * plans nothing. A case's decision is recorded when it changes (or when the night plans
 * or suppresses one of its actions, opens or closes the case); otherwise its last
 * recorded decision stays the one in force. A patient owing without an open case is
 * decided first and gets the case after, its row written once, already pointing to its
 * first decision.
 */
@Component
public class DunningNight {

	private static final Logger log = LoggerFactory.getLogger(DunningNight.class);

	private final Jdbi jdbi;

	private final ScenarioCatalog scenarios;

	private final TransactionTemplate transaction;

	private final Calibrations calibrations = new Calibrations();

	private final DunningSettings settings;

	private final Map<String, DunningPolicy> policies = new ConcurrentHashMap<>();

	DunningNight(Jdbi jdbi, ScenarioCatalog scenarios, PlatformTransactionManager transactionManager,
			DunningProperties properties) {
		this.jdbi = jdbi;
		this.settings = properties.settings();
		this.scenarios = scenarios;
		this.transaction = Transactions.requiresNew(transactionManager);
	}

	/**
	 * Decides every open case of the establishment on the run date and records the night.
	 */
	public EstablishmentNight decide(String finess, LocalDate runDate) {
		return this.transaction.execute((status) -> this.jdbi.withHandle((handle) -> decide(handle, finess, runDate)));
	}

	private EstablishmentNight decide(Handle handle, String finess, LocalDate runDate) {
		RunDao runs = handle.attach(RunDao.class);
		String name = runs.scenarioOf(finess)
			.orElseThrow(() -> new IllegalStateException("establishment " + finess + " is not in the database"));
		runs.lockNights(finess);
		Optional<LocalDate> decided = runs.decidedFrom(finess, runDate);
		if (decided.isPresent()) {
			if (decided.get().isAfter(runDate)) {
				// deciding older data after a newer night would replace its decisions
				// with stale ones
				throw new IllegalStateException(LaterNightDecided.message(finess, runDate, decided.get()));
			}
			log.info("dunning {} on {}: already decided, nothing done", finess, runDate);
			return EstablishmentNight.alreadyDecided(finess);
		}
		EstablishmentNight done = decideNight(handle, finess, runDate, name);
		runs.finish(finess, runDate, done.cases(), done.planned(), done.suppressed());
		return done;
	}

	private EstablishmentNight decideNight(Handle handle, String finess, LocalDate runDate, String name) {
		Scenario scenario = this.scenarios.get(name);
		long start = System.nanoTime();
		NightDao night = handle.attach(NightDao.class);
		night.createTables();
		night.stageParts(finess, runDate);
		night.analyzeParts();
		Uplifts uplifts = this.calibrations.calibrate(handle, finess, runDate, scenario);
		long prepared = System.nanoTime();
		long cases = decideCases(handle, finess, runDate, scenario, uplifts);
		long decided = System.nanoTime();
		timed("openCases", () -> night.openCases(finess, runDate));
		night.indexDecisions();
		int suppressed = timed("suppress", () -> night.suppress(runDate));
		int planned = timed("planActions", () -> night.planActions(name, scenario.version(), runDate));
		timed("passOver", () -> night.passOver(runDate));
		int recorded = timed("recordDecisions", () -> night.recordDecisions(scenario.version(), runDate));
		timed("closeCases", () -> night.closeCases(runDate));
		long orphans = night.orphans();
		if (orphans > 0) {
			throw new IllegalStateException("dunning " + finess + " on " + runDate + ": " + orphans
					+ " rows name no existing case; nothing of this establishment's night is kept");
		}
		log.info(
				"dunning {} on {}: {} cases, {} decisions recorded (new or changed), {} actions planned, {} suppressed "
						+ "in {} s (parts and calibration {} s, snapshots and decisions {} s, new cases and recording {} s)",
				finess, runDate, cases, recorded, planned, suppressed, seconds(start, System.nanoTime()),
				seconds(start, prepared), seconds(prepared, decided), seconds(decided, System.nanoTime()));
		return new EstablishmentNight(finess, cases, planned, suppressed);
	}

	/**
	 * Streams the snapshots, decides each one and copies the decisions into the night's
	 * working table.
	 */
	private long decideCases(Handle handle, String finess, LocalDate runDate, Scenario scenario, Uplifts uplifts) {
		DunningPolicy policy = this.policies.computeIfAbsent(scenario.source(),
				(n) -> new DunningPolicy(scenario, this.settings));
		SnapshotReader reader = new SnapshotReader(handle);
		LocalDate ledger = reader.lastLedger(finess, runDate);
		try (OverlappedDecisions decisions = new OverlappedDecisions(new DecisionRows(handle, scenario),
				(snapshot) -> policy.decide(snapshot, runDate, uplifts))) {
			long cases = reader.forEachOpenCase(finess, runDate, ledger, scenario, decisions);
			decisions.finish();
			return cases;
		}
	}

	/**
	 * Runs one statement of the night, its duration logged at debug level for benchmarks.
	 */
	private static int timed(String statement, java.util.function.IntSupplier work) {
		long start = System.nanoTime();
		int rows = work.getAsInt();
		log.debug("{} took {} s ({} rows)", statement, seconds(start, System.nanoTime()), rows);
		return rows;
	}

	private static String seconds(long fromNanos, long toNanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", (toNanos - fromNanos) / 1e9);
	}

}

package fr.relance.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The night split into establishment units, for whoever drives them: the one-shot
 * {@code nightly} command (a pool of threads) or the clustered scheduler (Quartz jobs
 * spread over several processes). Every method is safe to call from several processes at
 * once: each unit runs under its establishment's database lock, the consolidation under
 * its own.
 */
public interface NightUnits {

	/**
	 * Before the units of a date: the establishment files are synchronised into the
	 * database; one unit per enabled establishment.
	 */
	List<NightUnit> prepare(LocalDate runDate);

	/**
	 * Runs, resumes or recovers one unit; BUSY when another process is running this
	 * establishment.
	 */
	UnitOutcome run(NightUnit unit);

	/**
	 * When every unit of the date has ended (completed or failed): the steps that need
	 * every establishment (ops-wide exports, consolidated reports, retention, the run
	 * summary), naming the units that did not complete. Empty while a unit has not ended.
	 * Idempotent: a second call after the same units does nothing again.
	 */
	Optional<NightOutcome> consolidateIfEnded(LocalDate runDate);

}

package fr.relance.dunning.stage.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which establishments a night has finished, and the scenario each one names. */
public interface RunDao {

	@SqlQuery("SELECT scenario FROM establishment WHERE finess = :finess")
	Optional<String> scenarioOf(@Bind("finess") String finess);

	/**
	 * Waits for any other transaction deciding the establishment's nights, until the end
	 * of this transaction (so the check that follows sees a night the other one
	 * committed). Not the run lock's key space (two integer keys).
	 */
	@SqlQuery("SELECT TRUE FROM (SELECT pg_advisory_xact_lock(hashtext('relance dunning'), hashtext(:finess))) l")
	boolean lockNights(@Bind("finess") String finess);

	/**
	 * The first night from {@code runDate} on already decided for the establishment:
	 * {@code runDate} itself when that night is done, a later night when one was decided
	 * first, empty when neither.
	 */
	@SqlQuery("SELECT min(run_date) FROM dunning_run WHERE finess = :finess AND run_date >= :runDate")
	Optional<LocalDate> decidedFrom(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	/**
	 * Marks the night decided; in the night's transaction, so a row here means every
	 * decision of it is stored.
	 */
	@SqlUpdate("""
			INSERT INTO dunning_run (finess, run_date, cases, actions_planned, actions_suppressed, finished_at)
			VALUES (:finess, :runDate, :cases, :planned, :suppressed, now())
			""")
	void finish(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @Bind("cases") long cases,
			@Bind("planned") int planned, @Bind("suppressed") int suppressed);

}

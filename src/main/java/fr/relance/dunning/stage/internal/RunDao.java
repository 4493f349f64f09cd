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

	@SqlQuery("SELECT EXISTS (SELECT 1 FROM dunning_run WHERE finess = :finess AND run_date = :runDate)")
	boolean finished(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate("""
			INSERT INTO dunning_run (finess, run_date, cases, actions_planned, actions_suppressed, finished_at)
			VALUES (:finess, :runDate, :cases, :planned, :suppressed, now())
			ON CONFLICT (finess, run_date) DO UPDATE SET cases = dunning_run.cases + EXCLUDED.cases,
			    actions_planned = dunning_run.actions_planned + EXCLUDED.actions_planned,
			    actions_suppressed = dunning_run.actions_suppressed + EXCLUDED.actions_suppressed,
			    finished_at = EXCLUDED.finished_at
			""")
	void finish(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @Bind("cases") long cases,
			@Bind("planned") int planned, @Bind("suppressed") int suppressed);

}

package fr.relance.dunning.stage.internal;

import java.time.LocalDate;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Undoes every dunning row a night wrote, in the reverse of the order the night wrote
 * them, for all establishments. Each statement is {@code ForgetNightDao/<method>.sql};
 * run in one transaction.
 */
@UseClasspathSqlLocator
public interface ForgetNightDao {

	/**
	 * Letters or messages already sent cannot be taken back: the night must not be
	 * forgotten then.
	 */
	@SqlQuery
	long emittedActions(@Bind("night") LocalDate night);

	/** Nights decided after it were decided on top of it. */
	@SqlQuery
	long laterNights(@Bind("night") LocalDate night);

	@SqlUpdate
	int deleteActions(@Bind("night") LocalDate night);

	@SqlUpdate
	int deleteStepsPassed(@Bind("night") LocalDate night);

	@SqlUpdate
	int replanSuppressed(@Bind("night") LocalDate night);

	@SqlUpdate
	int deleteDecisions(@Bind("night") LocalDate night);

	@SqlUpdate
	int deleteOpenedCases(@Bind("night") LocalDate night);

	@SqlUpdate
	int reopenClosedCases(@Bind("night") LocalDate night);

	@SqlUpdate
	int repointCases();

	@SqlUpdate
	int deleteCalibration(@Bind("night") LocalDate night);

	@SqlUpdate
	int deleteRuns(@Bind("night") LocalDate night);

}

package fr.relance.dunning.stage.internal;

import java.time.LocalDate;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlScript;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The set-based statements of one establishment's night, in the order the stage runs
 * them, all inside the establishment's transaction. Each statement is
 * {@code NightDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface NightDao {

	@SqlScript
	void createTables();

	@SqlUpdate
	int stageParts(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	void analyzeParts();

	/**
	 * After the decisions: opens the cases of the patients decided under a provisional
	 * id.
	 */
	@SqlUpdate
	int openCases(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlScript
	void indexDecisions();

	@SqlUpdate
	int planActions(@Bind("scenario") String scenario, @Bind("version") String version,
			@Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int passOver(@Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int suppress(@Bind("runDate") LocalDate runDate);

	@SqlQuery
	int recordDecisions(@Bind("version") String version, @Bind("runDate") LocalDate runDate);

	/**
	 * Rows of the night naming no existing case; must be 0 (the night's tables carry no
	 * foreign keys).
	 */
	@SqlQuery
	long orphans();

	@SqlUpdate
	int closeCases(@Bind("runDate") LocalDate runDate);

}

package fr.relance.support.db;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The planner's statistics in the catalogue; each statement is
 * {@code StatisticsDao/<method>.sql}.
 */
@UseClasspathSqlLocator
interface StatisticsDao {

	@SqlQuery
	List<String> stale(@Bind("minChanges") int minChanges);

}

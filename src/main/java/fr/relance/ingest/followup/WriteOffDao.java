package fr.relance.ingest.followup;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The staff's answer to a write-off proposal, each statement
 * {@code WriteOffDao/<method>.sql}.
 */
@UseClasspathSqlLocator
interface WriteOffDao {

	/** The night the named case's write-off proposal went out, if it did. */
	@SqlQuery
	Optional<LocalDate> proposal(@Bind("finess") String finess, @Bind("patient") long patient,
			@Bind("caseId") long caseId);

	@SqlUpdate
	int writeOff(@Bind("finess") String finess, @Bind("patient") long patient, @Bind("proposedOn") LocalDate proposedOn,
			@Bind("on") LocalDate on, @Bind("file") long file, @Bind("line") long line);

}

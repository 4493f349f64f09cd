package fr.relance.ingest.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Records the outcomes of operators' calls (promises, disputes, wrong numbers); each
 * statement is idempotent, so a line sent again in a later file changes nothing. Each
 * statement is {@code OutcomeDao/<method>.sql}.
 */
@UseClasspathSqlLocator
interface OutcomeDao {

	@SqlUpdate
	int promise(@Bind("patient") long patient, @Bind("on") LocalDate on, @Bind("by") LocalDate promisedBy,
			@Bind("amount") BigDecimal amount, @Bind("file") long file, @Bind("line") long line);

	@SqlUpdate
	int openDispute(@Bind("patient") long patient, @Bind("on") LocalDate on, @Bind("file") long file,
			@Bind("line") long line);

	/** Closes every dispute of the patient open on that day; 0 when none was. */
	@SqlUpdate
	int closeDisputes(@Bind("patient") long patient, @Bind("on") LocalDate on);

	/**
	 * Disputes of the patient closed on that day: a closing line sent again finds its
	 * dispute closed already.
	 */
	@SqlQuery
	int disputesClosedOn(@Bind("patient") long patient, @Bind("on") LocalDate on);

	/** The patient's telephone number as the ledgers give it, if any. */
	@SqlQuery
	Optional<String> phone(@Bind("patient") long patient);

	@SqlUpdate
	int wrongNumber(@Bind("patient") long patient, @Bind("number") String e164, @Bind("on") LocalDate on,
			@Bind("file") long file, @Bind("line") long line);

}

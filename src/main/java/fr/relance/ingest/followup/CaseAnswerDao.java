package fr.relance.ingest.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The staff's answers to the worklists other than an approved write-off (refusal,
 * hand-over done and returned, review released); each statement is
 * {@code CaseAnswerDao/<method>.sql} and idempotent.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(CaseAnswerDao.Answered.class)
interface CaseAnswerDao {

	/** An answer as recorded. */
	record Answered(LocalDate answeredOn, String thirdParty, BigDecimal amount) {
	}

	@SqlQuery
	Optional<Long> caseOf(@Bind("finess") String finess, @Bind("patient") long patient, @Bind("caseId") long caseId);

	@SqlQuery
	Optional<LocalDate> emitted(@Bind("caseId") long caseId, @Bind("channel") String channel, @Bind("on") LocalDate on);

	@SqlQuery
	int writtenOffSince(@Bind("finess") String finess, @Bind("patient") long patient, @Bind("since") LocalDate since);

	@SqlUpdate
	int answer(@Bind("caseId") long caseId, @Bind("kind") String kind, @Bind("on") LocalDate on,
			@Bind("thirdParty") String thirdParty, @Bind("amount") BigDecimal amount, @Bind("file") long file,
			@Bind("line") long line);

	@SqlQuery
	Optional<Answered> answered(@Bind("caseId") long caseId, @Bind("kind") String kind, @Bind("since") LocalDate since,
			@Bind("on") LocalDate on);

	@SqlQuery
	BigDecimal openBalance(@Bind("finess") String finess, @Bind("patient") long patient);

	@SqlUpdate
	int recover(@Bind("finess") String finess, @Bind("patient") long patient, @Bind("amount") BigDecimal amount,
			@Bind("on") LocalDate on, @Bind("file") long file, @Bind("line") long line);

	/**
	 * The reason codes of the decision in force when it holds the open case for a person.
	 */
	@SqlQuery
	Optional<String> review(@Bind("caseId") long caseId);

	@SqlUpdate
	int correctAddress(@Bind("patient") long patient, @Bind("line1") String line1, @Bind("line2") String line2,
			@Bind("postcode") String postcode, @Bind("city") String city, @Bind("on") LocalDate on,
			@Bind("file") long file, @Bind("line") long line);

	@SqlUpdate
	int correctPhone(@Bind("patient") long patient, @Bind("number") String e164, @Bind("mobile") boolean mobile,
			@Bind("on") LocalDate on, @Bind("file") long file, @Bind("line") long line);

}

package fr.relance.ingest.patients.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements of the ADT feed, in the file's transaction. Each statement is
 * {@code PatientFeedDao/<method>.sql}.
 */
@UseClasspathSqlLocator
@RegisterConstructorMapper(PatientContact.class)
interface PatientFeedDao {

	@SqlQuery
	Optional<PatientContact> patient(@Bind("finess") String finess, @Bind("externalId") String externalId);

	@SqlQuery
	Optional<PatientContact> patientById(@Bind("id") long id);

	@SqlUpdate
	int update(@BindMethods("p") PatientContact patient, @Bind("runDate") LocalDate runDate, @Bind("file") long file,
			@Bind("line") long line);

	@SqlUpdate
	int absorb(@Bind("absorbed") long absorbed, @Bind("survivor") long survivor, @Bind("runDate") LocalDate runDate,
			@Bind("file") long file, @Bind("line") long line);

	@SqlUpdate
	int moveInvoices(@Bind("absorbed") long absorbed, @Bind("survivor") long survivor,
			@Bind("runDate") LocalDate runDate, @Bind("file") long file, @Bind("line") long line);

	@SqlUpdate
	int moveFollowUp(@Bind("absorbed") long absorbed, @Bind("survivor") long survivor);

	@SqlQuery
	Optional<Long> openCase(@Bind("patient") long patient);

	@SqlQuery
	long newCase(@Bind("finess") String finess, @Bind("patient") long patient, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int closeMerged(@Bind("case") long caseId, @Bind("into") long into, @Bind("runDate") LocalDate runDate,
			@Bind("reason") String reason);

}

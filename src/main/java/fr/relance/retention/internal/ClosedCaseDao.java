package fr.relance.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The statements of the retention of patients' data: which patients of an establishment
 * have a closed and quiet case, then the erasure of what the database holds of them,
 * table by table, in one transaction. Each statement is
 * {@code ClosedCaseDao/<method>.sql}; every erasure names the patients by id
 * ({@code :ids}) and the absorbed patients merged into them go with them.
 */
@UseClasspathSqlLocator
public interface ClosedCaseDao {

	/** A patient found closed, with the identifier ops see masked. */
	record Row(long id, String externalId, LocalDate lastActivity) {
	}

	/**
	 * Patients of {@code finess} not purged yet whose every invoice part is settled or
	 * time-barred (limitation start on or before {@code barredFrom}) and whose last
	 * activity is before {@code quietSince}.
	 */
	@SqlQuery
	@RegisterConstructorMapper(Row.class)
	List<Row> closedPatients(@Bind("finess") String finess, @Bind("quietSince") LocalDate quietSince,
			@Bind("barredFrom") LocalDate barredFrom);

	@SqlQuery
	List<String> establishments();

	/**
	 * What sets an establishment's limitation horizon: the scenario its dunning runs, and
	 * its sector.
	 */
	record Creditor(String scenario, String sector) {
	}

	@SqlQuery
	@RegisterConstructorMapper(Creditor.class)
	Optional<Creditor> creditor(@Bind("finess") String finess);

	@SqlQuery
	long[] withAbsorbed(@Bind("ids") long[] ids);

	@SqlUpdate
	int erasePayments(@Bind("finess") String finess, @Bind("ids") long[] ids);

	@SqlUpdate
	int eraseHistory(@Bind("ids") long[] ids);

	@SqlUpdate
	int eraseInvoices(@Bind("ids") long[] ids);

	@SqlUpdate
	int deleteFollowUps(@Bind("ids") long[] ids);

	@SqlUpdate
	int eraseCaseTexts(@Bind("ids") long[] ids, @Bind("night") LocalDate night);

	/** Last: the patient rows themselves, marked purged. */
	@SqlUpdate
	int erasePatients(@Bind("ids") long[] ids, @Bind("night") LocalDate night);

}

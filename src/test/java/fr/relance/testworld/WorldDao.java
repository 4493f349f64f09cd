package fr.relance.testworld;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The row-by-row statements of a test world; each is {@code WorldDao/<method>.sql}. */
@UseClasspathSqlLocator
interface WorldDao {

	@SqlUpdate
	void establishment(@Bind("finess") String finess, @Bind("legalName") String legalName);

	@SqlQuery
	long sourceFile(@Bind("finess") String finess, @Bind("kind") String kind, @Bind("name") String name,
			@Bind("sha") String sha, @Bind("on") LocalDate on, @Bind("at") OffsetDateTime receivedAt);

	@SqlQuery
	long patient(@BindMethods PatientRow patient, @Bind("finess") String finess, @Bind("file") long file,
			@Bind("line") int line);

	@SqlQuery
	long patientId(@Bind("finess") String finess, @Bind("externalId") String externalId);

	@SqlQuery
	long invoice(@BindMethods InvoiceRow invoice, @Bind("finess") String finess, @Bind("patient") long patient,
			@Bind("file") long file, @Bind("line") int line);

	@SqlQuery
	long part(@Bind("invoice") long invoice, @Bind("payer") String payer, @Bind("amount") BigDecimal amount,
			@Bind("status") String status, @Bind("since") LocalDate since, @Bind("file") long file,
			@Bind("line") int line);

	@SqlUpdate
	void sourcePaid(@Bind("part") long part, @Bind("amount") BigDecimal amount);

	@SqlUpdate
	void billedOn(@Bind("invoice") long invoice, @Bind("on") LocalDate on);

	@SqlUpdate
	void closedAtSource(@Bind("invoice") long invoice, @Bind("on") LocalDate on);

	@SqlUpdate
	void billedThroughB2(@Bind("finess") String finess, @Bind("part") long part, @Bind("lotDate") LocalDate lotDate,
			@Bind("file") long file, @Bind("line") int line);

	@SqlUpdate
	void allocation(@Bind("part") long part, @Bind("amount") BigDecimal amount, @Bind("kind") String kind,
			@Bind("on") LocalDate on, @Bind("file") long file, @Bind("line") int line);

	@SqlUpdate
	void ledgerPayment(@Bind("part") long part, @Bind("amount") BigDecimal amount, @Bind("on") LocalDate on,
			@Bind("file") long file);

	@SqlQuery
	long remittance(@Bind("finess") String finess, @Bind("payer") String payer, @Bind("paid") BigDecimal paid,
			@Bind("file") long file, @Bind("line") int line);

	@SqlQuery
	long remittanceLine(@Bind("remittance") long remittance, @Bind("part") long part, @Bind("payer") String payer,
			@Bind("claimed") BigDecimal claimed, @Bind("paid") BigDecimal paid, @Bind("status") String status,
			@Bind("file") long file, @Bind("line") int line);

	@SqlUpdate
	void remittanceCode(@Bind("line") long line, @Bind("code") String code);

	@SqlQuery
	long openCase(@Bind("finess") String finess, @Bind("patient") long patient, @Bind("on") LocalDate on);

	@SqlUpdate
	void emittedFirstLetter(@Bind("case") long caseId, @Bind("band") String band, @Bind("on") LocalDate on);

	@SqlUpdate
	void heldBackFirstLetter(@Bind("case") long caseId, @Bind("band") String band, @Bind("on") LocalDate on);

	@SqlUpdate
	void action(@Bind("case") long caseId, @Bind("step") int step, @Bind("channel") String channel,
			@Bind("balance") BigDecimal balance, @Bind("cost") BigDecimal cost, @Bind("planned") LocalDate planned,
			@Bind("status") String status, @Bind("reason") String suppressedReason, @Bind("emitted") LocalDate emitted);

	@SqlUpdate
	void emitted(@Bind("case") long caseId, @Bind("step") int step, @Bind("stepId") String stepId,
			@Bind("channel") String channel, @Bind("balance") BigDecimal balance, @Bind("on") LocalDate on);

	@SqlUpdate
	void decision(@Bind("case") long caseId, @Bind("on") LocalDate on, @Bind("outcome") String outcome,
			@Bind("balance") BigDecimal balance, @Bind("avoided") BigDecimal costAvoided);

	@SqlUpdate
	void emitPlanned(@Bind("patient") long patient);

}

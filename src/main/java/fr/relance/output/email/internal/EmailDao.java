package fr.relance.output.email.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the e-mail channel reads and writes; each statement is
 * {@code EmailDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface EmailDao {

	@SqlQuery
	@RegisterConstructorMapper(Recipient.class)
	List<Recipient> recipients(@BindList("actions") Collection<Long> actionIds);

	/**
	 * A delivery row for every e-mail of the establishment's registered batches that has
	 * none yet.
	 */
	@SqlUpdate
	int recordDeliveries(@Bind("finess") String finess, @Bind("status") String status);

	@SqlQuery
	@RegisterConstructorMapper(Delivery.class)
	List<Delivery> toSend(@Bind("finess") String finess);

	@SqlUpdate
	int sent(@Bind("actionId") long actionId);

	/**
	 * One more failed attempt; final ({@code bounced} or {@code failed}) when
	 * {@code status} says so.
	 */
	@SqlUpdate
	int attemptFailed(@Bind("actionId") long actionId, @Bind("status") String status, @Bind("error") String error);

	@SqlQuery
	@RegisterConstructorMapper(NightCounts.class)
	NightCounts night(@Bind("finess") String finess, @Bind("night") LocalDate night);

	/**
	 * The address and what the message says: the first letter's date and the total owed;
	 * no name.
	 */
	record Recipient(long actionId, String email, LocalDate quotedOn, BigDecimal owed) {
	}

	record Delivery(long actionId, String messageFile, int attempts) {
	}

	/** The establishment's e-mails registered on the night, by delivery status. */
	record NightCounts(long emitted, long sent, long pending, long pickup, long bounced, long failed) {
	}

}

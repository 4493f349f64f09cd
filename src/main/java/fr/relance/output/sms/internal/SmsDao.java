package fr.relance.output.sms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What the SMS channel reads and writes; each statement is {@code SmsDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface SmsDao {

	@SqlQuery
	@RegisterConstructorMapper(Recipient.class)
	List<Recipient> recipients(@BindList("actions") Collection<Long> actionIds);

	/** Planned SMS too late to send are suppressed with the reason; returns how many. */
	@SqlUpdate
	int suppress(@BindList("actions") Collection<Long> actionIds, @Bind("reason") String reason);

	/** Suppressed SMS steps are not offered again on their cases. */
	@SqlUpdate
	int passOver(@BindList("actions") Collection<Long> actionIds, @Bind("night") LocalDate night);

	@SqlQuery
	@RegisterConstructorMapper(NightTotals.class)
	NightTotals nightTotals(@Bind("finess") String finess, @Bind("night") LocalDate night);

	/**
	 * What an SMS needs of its action and debtor, and nothing more: the number, the
	 * postcode (for the debtor's time zone and holidays), the first letter's emission
	 * date and the total owed tonight.
	 *
	 * @param cost the scenario's price of the step, which is the price of one segment
	 */
	record Recipient(long actionId, BigDecimal cost, OffsetDateTime notBefore, String phone, String postcode,
			LocalDate quotedOn, BigDecimal owed) {
	}

	/**
	 * The SMS registered for an establishment's night, all parts and attempts together.
	 */
	record NightTotals(long messages, long segments, BigDecimal cost) {
	}

}

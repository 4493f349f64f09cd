package fr.relance.ingest.contacts.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Records returned letters and STOP numbers; each statement is idempotent, so a file sent
 * again changes nothing. Each statement is {@code ContactValidityDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface ContactValidityDao {

	/**
	 * A letter sent by the engine, found by its reference whatever its establishment (the
	 * caller checks that).
	 */
	record SentLetter(long actionId, String finess, String channel, LocalDate emittedOn) {
	}

	@SqlQuery
	@RegisterConstructorMapper(SentLetter.class)
	Optional<SentLetter> letter(@Bind("reference") String reference);

	/**
	 * The return of a letter, with the address it was sent to; 0 when that letter's
	 * return was recorded already.
	 */
	@SqlUpdate
	int recordReturn(@Bind("action") long actionId, @Bind("returnedOn") LocalDate returnedOn,
			@Bind("reason") String reason, @Bind("invalidates") boolean invalidatesAddress, @Bind("file") long file,
			@Bind("line") long line);

	/** A French postal address as a ledger line gave it. */
	record LedgerAddress(int sourceLine, String postcode, String city) {
	}

	/**
	 * The French addresses of the patients this ledger file created or changed, streamed
	 * in its line order.
	 */
	@SqlQuery
	@FetchSize(5_000)
	@RegisterConstructorMapper(LedgerAddress.class)
	ResultIterable<LedgerAddress> addressesOf(@Bind("finess") String finess, @Bind("file") long file);

	@SqlUpdate
	int stop(@Bind("finess") String finess, @Bind("number") String e164, @Bind("on") LocalDate on,
			@Bind("file") long file, @Bind("line") long line);

}

package fr.relance.reconcile.internal;

import java.time.LocalDate;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The set-based statements of payer returns, in the order {@link PayerReturns} runs them
 * over the temporary {@code return_decision} table of the establishment's transaction.
 * Each is {@code PayerReturnsDao/<method>.sql}; every one is idempotent.
 */
@UseClasspathSqlLocator
interface PayerReturnsDao {

	/**
	 * Return lines onto the invoices they name (number read with the B2 prefixes and
	 * leading-zero rule).
	 */
	@SqlUpdate
	int match(@Bind("finess") String finess, @Bind("prefixes") String prefixes, @Bind("zeros") String zeros);

	@SqlUpdate
	int unknown(@Bind("finess") String finess);

	@SqlUpdate
	int allocate(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int overpaid(@Bind("finess") String finess);

	/**
	 * What each return's status and reject codes ask for, by the rules of
	 * {@code jobs/reject-codes.yml}.
	 */
	@SqlUpdate
	int rules(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate,
			@Bind("transferCodes") String[] transferCodes, @Bind("rebillCodes") String[] rebillCodes,
			@Bind("infoCodes") String[] infoCodes, @Bind("defaultRule") String defaultRule);

	@SqlUpdate
	int transfer(@Bind("runDate") LocalDate runDate);

	@SqlUpdate
	int status(@Bind("runDate") LocalDate runDate);

	/** Retentions of undue payments reverse the parts they name. */
	@SqlUpdate
	int retentions(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate, @Bind("prefixes") String prefixes,
			@Bind("zeros") String zeros);

}

package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The statements of the post-back file, each {@code PostBackDao/<method>.sql}. */
@UseClasspathSqlLocator
public interface PostBackDao {

	/**
	 * Hands tonight every allocation of money received not handed yet; returns how many.
	 */
	@SqlUpdate
	int mark(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	/** What was handed on that night, in the file's order. */
	@SqlQuery
	@RegisterConstructorMapper(Row.class)
	List<Row> night(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	/**
	 * @param kind the allocation's kind: {@code payment}, {@code remittance} or
	 * {@code reversal}
	 * @param channel the payment's channel, null for a payer's return
	 */
	record Row(long allocationId, String invoiceNumber, String payer, String kind, String channel, String organisation,
			LocalDate allocatedOn, BigDecimal amount, String reference, String fileName, Integer fileLine) {
	}

}

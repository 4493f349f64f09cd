package fr.relance.ingest.payments.internal;

import java.util.List;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The establishment's invoice numbers as payments see them. Each statement is
 * {@code KnownInvoiceDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface KnownInvoiceDao {

	/**
	 * The commonest shapes of its invoice numbers (every digit written 9), most frequent
	 * first.
	 */
	@SqlQuery
	List<String> shapes(@Bind("finess") String finess, @Bind("limit") int limit);

	/** Those of {@code numbers} that are invoices of the establishment. */
	@SqlQuery
	List<String> known(@Bind("finess") String finess, @Bind("numbers") String[] numbers);

}

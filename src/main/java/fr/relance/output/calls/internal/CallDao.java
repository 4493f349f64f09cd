package fr.relance.output.calls.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the operators' call list reads, set-based for a night's calls; each statement is
 * {@code CallDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface CallDao {

	@SqlQuery
	@RegisterConstructorMapper(Callee.class)
	List<Callee> callees(@BindList("actions") Collection<Long> actionIds);

	@SqlQuery
	@RegisterConstructorMapper(OpenInvoice.class)
	List<OpenInvoice> openInvoices(@BindList("cases") Collection<Long> caseIds);

	@SqlQuery
	@RegisterConstructorMapper(Sent.class)
	List<Sent> sent(@BindList("cases") Collection<Long> caseIds);

	@SqlQuery
	@RegisterConstructorMapper(Contact.class)
	List<Contact> contacts(@BindList("cases") Collection<Long> caseIds);

	/**
	 * Who to call: name, file number and phone, never a care detail; what they owe
	 * tonight, all invoices together.
	 */
	record Callee(long actionId, long caseId, String firstName, String lastName, String externalId, String phone,
			String postcode, OffsetDateTime notBefore, BigDecimal owed) {
	}

	record OpenInvoice(long caseId, String invoiceNumber, LocalDate invoiceDate, BigDecimal amountOpen) {
	}

	/** A letter or SMS of the case that went out. */
	record Sent(long caseId, String channel, String reference, LocalDate emittedOn) {
	}

	/** A contact the establishment reported (follow-up file), newest first. */
	record Contact(long caseId, LocalDate contactedOn, String channel, String origin, boolean refusedCalls) {
	}

}

package fr.relance.output.worklists.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * What the worklists read about cases, each statement {@code WorklistDao/<method>.sql},
 * for many cases at once.
 */
@UseClasspathSqlLocator
public interface WorklistDao {

	@SqlQuery
	@RegisterConstructorMapper(DebtorRow.class)
	List<DebtorRow> debtors(@Bind("finess") String finess, @Bind("caseIds") long[] caseIds);

	@SqlQuery
	@RegisterConstructorMapper(InvoiceRow.class)
	List<InvoiceRow> invoices(@Bind("finess") String finess, @Bind("caseIds") long[] caseIds);

	@SqlQuery
	@RegisterConstructorMapper(StepRow.class)
	List<StepRow> steps(@Bind("finess") String finess, @Bind("caseIds") long[] caseIds);

	@SqlQuery
	@RegisterConstructorMapper(PaymentRow.class)
	List<PaymentRow> payments(@Bind("finess") String finess, @Bind("caseIds") long[] caseIds);

	@SqlQuery
	@RegisterConstructorMapper(CodesRow.class)
	List<CodesRow> decisionCodes(@Bind("actionIds") long[] actionIds);

	@SqlQuery
	@RegisterConstructorMapper(ReviewRow.class)
	List<ReviewRow> awaitingReview(@Bind("finess") String finess, @Bind("night") LocalDate night);

	record DebtorRow(long caseId, String lastName, String firstName, LocalDate birthDate, String addressLine1,
			String addressLine2, String postcode, String city) {
	}

	record InvoiceRow(long caseId, String invoiceNumber, LocalDate issueDate, BigDecimal amountDue,
			BigDecimal amountOpen) {
	}

	/**
	 * A step taken: {@code what} is the scenario step, or who reported a contact
	 * ({@code operator}, {@code debtor}).
	 */
	record StepRow(long caseId, LocalDate doneOn, String channel, String what, String reference) {
	}

	/**
	 * {@code origin}: the payment's channel, or {@code ledger} for a rise the
	 * establishment's ledger showed.
	 */
	record PaymentRow(long caseId, LocalDate paidOn, BigDecimal amount, String invoiceNumber, String origin,
			String reference) {
	}

	record CodesRow(long actionId, String codes) {
	}

	record ReviewRow(long caseId, String lastName, String firstName, LocalDate heldSince, BigDecimal balance,
			String codes) {
	}

}

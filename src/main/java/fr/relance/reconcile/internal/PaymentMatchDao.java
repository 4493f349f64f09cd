package fr.relance.reconcile.internal;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The set-based statements of patient payment matching for one establishment, each over
 * all the night's payments at once: what is to match, the parts each rule could pay,
 * their balances, then the night's allocations and outcomes in one statement each. Each
 * statement is {@code PaymentMatchDao/<method>.sql}.
 */
@UseClasspathSqlLocator
public interface PaymentMatchDao {

	@SqlQuery
	@RegisterConstructorMapper(UnmatchedPayment.class)
	List<UnmatchedPayment> pending(@Bind("finess") String finess);

	/**
	 * Rows (payment, part) in each payment's order; {@code caseIds} is -1 where a
	 * reference names no case.
	 */
	@SqlQuery
	@RegisterConstructorMapper(Target.class)
	List<Target> referenceTargets(@Bind("finess") String finess, @Bind("paymentIds") long[] paymentIds,
			@Bind("references") String[] references, @Bind("caseIds") long[] caseIds);

	@SqlQuery
	@RegisterConstructorMapper(Target.class)
	List<Target> invoiceTargets(@Bind("finess") String finess);

	/**
	 * Parts whose open amount before tonight is exactly {@code cents[i]}, of patients
	 * named {@code names[i]}.
	 */
	@SqlQuery
	@RegisterConstructorMapper(ExactFit.class)
	List<ExactFit> exactFits(@Bind("finess") String finess, @Bind("names") String[] names, @Bind("cents") long[] cents);

	@SqlQuery
	@RegisterConstructorMapper(PartBalance.class)
	List<PartBalance> balances(@Bind("ids") long[] partIds);

	@SqlUpdate
	int allocate(@Bind("paymentIds") long[] paymentIds, @Bind("partIds") long[] partIds, @Bind("cents") long[] cents);

	@SqlUpdate
	int settle(@Bind("ids") long[] paymentIds, @Bind("statuses") String[] statuses, @Bind("notes") String[] notes);

	/**
	 * Status of the establishment's parts that allocations touch, from their balances.
	 */
	@SqlUpdate
	int refreshPartStatuses(@Bind("finess") String finess, @Bind("runDate") LocalDate runDate);

	/** A part a payment's rule names, in the rule's order. */
	record Target(long targetOf, long partId) {
	}

	/**
	 * A patient part of a patient of that (upper-case) last name, open by exactly that
	 * many cents.
	 */
	record ExactFit(String name, long cents, long partId) {
	}

}

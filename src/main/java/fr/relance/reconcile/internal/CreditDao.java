package fr.relance.reconcile.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The statements of credit netting, each {@code CreditDao/<method>.sql}. */
@UseClasspathSqlLocator
interface CreditDao {

	/**
	 * Payments left with a credit, oldest first, with the patient they paid and the parts
	 * they already paid.
	 */
	@SqlQuery
	@RegisterConstructorMapper(Credit.class)
	List<Credit> credits(@Bind("finess") String finess);

	/** The open patient parts of these patients, each patient's oldest due first. */
	@SqlQuery
	@RegisterConstructorMapper(OpenPatientPart.class)
	List<OpenPatientPart> openParts(@Bind("finess") String finess, @Bind("patientIds") long[] patientIds);

	record Credit(long paymentId, long patientId, BigDecimal unallocated, String note, long[] paidPartIds) {
	}

	record OpenPatientPart(long patientId, long partId, String invoiceNumber, BigDecimal amountOpen) {
	}

}

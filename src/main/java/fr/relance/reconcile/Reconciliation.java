package fr.relance.reconcile;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.support.db.Transactions;

import fr.relance.establishment.Establishment;
import fr.relance.ingest.b2.B2ImportProperties;
import fr.relance.reconcile.internal.CreditNetting;
import fr.relance.reconcile.internal.PatientPayments;
import fr.relance.reconcile.internal.PayerReturns;

/**
 * Reconciles one establishment in one transaction: payer returns onto payer parts (with
 * transfers to the patient), then patient payments onto patient parts, then (where the
 * establishment allows it) credits netted against the same patient's other open parts,
 * then part statuses from the balances. Running it again changes nothing (one allocation
 * per source line and part).
 */
@Component
public class Reconciliation {

	private final Jdbi jdbi;

	private final TransactionTemplate ownTransaction;

	private final ReconcileReports reports;

	private final PayerReturns payerReturns;

	private final PostBack postBack;

	Reconciliation(Jdbi jdbi, PlatformTransactionManager transactionManager, ReconcileReports reports,
			RejectCodes rejectCodes, B2ImportProperties invoiceNumbers, PostBack postBack) {
		this.jdbi = jdbi;
		this.reports = reports;
		this.postBack = postBack;
		this.payerReturns = new PayerReturns(rejectCodes, invoiceNumbers);
		this.ownTransaction = Transactions.requiresNew(transactionManager);
	}

	public ReconcileResult reconcile(Establishment establishment, LocalDate runDate) {
		ReconcileResult result = ownTransaction.execute(tx -> jdbi.withHandle(handle -> {
			payerReturns.reconcile(handle, establishment.finess(), runDate);
			PatientPayments payments = new PatientPayments(handle, establishment.finess(), runDate);
			PatientPayments.Outcomes outcomes = payments.matchAll();
			if (establishment.creditNetting()) {
				new CreditNetting(handle, establishment.finess(), runDate).netAll();
			}
			payments.refreshPartStatuses();
			long returnsMatched = handle.createQuery("""
					SELECT count(*) FROM remittance_line rl JOIN remittance r ON r.id = rl.remittance_id
					WHERE r.finess = :finess AND rl.match_status = 'matched'""")
				.bind("finess", establishment.finess())
				.mapTo(Long.class)
				.one();
			return new ReconcileResult(outcomes.matched(), outcomes.suspense(), outcomes.credit(), returnsMatched, 0, 0,
					0, 0, 0);
		}));
		// the summary's counts of what is left are the rows of the reports, so they
		// cannot disagree
		ReconcileReports.Rows listed = reports.write(establishment, runDate);
		long postedBack = postBack.write(establishment, runDate);
		return new ReconcileResult(result.paymentsMatched(), result.paymentsInSuspense(), result.paymentsWithCredit(),
				result.returnsMatched(), listed.unmatchedReturns(), listed.rebilling(), listed.suspense(),
				listed.credits(), postedBack);
	}

}

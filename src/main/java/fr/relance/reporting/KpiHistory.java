package fr.relance.reporting;

import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.reporting.internal.KpiDao;
import fr.relance.support.db.Transactions;

/**
 * Records the night of the establishments in the KPI history, in its own transaction: the
 * night's rows are deleted and written again, so a rerun of the night rewrites the same
 * figures.
 */
@Component
public class KpiHistory {

	private final Jdbi jdbi;

	private final TransactionTemplate transaction;

	KpiHistory(Jdbi jdbi, PlatformTransactionManager transactionManager) {
		this.jdbi = jdbi;
		this.transaction = Transactions.requiresNew(transactionManager);
	}

	public void record(String finess, LocalDate night) {
		record(List.of(finess), night);
	}

	/**
	 * Records the night of every establishment named, together: each statement reads its
	 * tables once for all.
	 */
	public void record(List<String> finesses, LocalDate night) {
		if (finesses.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> this.jdbi.useExtension(KpiDao.class, (kpis) -> {
			kpis.tune();
			kpis.forgetFigures(finesses, night);
			kpis.forgetNight(finesses, night);
			kpis.recordNights(finesses, night);
			kpis.recovered(finesses, night);
			kpis.writeOffs(finesses, night);
			kpis.openBalances(finesses, night);
			kpis.billed(finesses, night);
			kpis.dunning(finesses, night);
			kpis.payerReturns(finesses, night);
			kpis.pending(finesses, night);
			kpis.uplifts(finesses, night);
		}));
	}

}

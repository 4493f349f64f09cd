package fr.relance.reporting;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.reporting.internal.KpiDao;
import fr.relance.support.db.Transactions;

/**
 * Records one establishment's night in the KPI history, in its own transaction: the night's rows are deleted and
 * written again, so a rerun of the night rewrites the same figures.
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
		this.transaction.executeWithoutResult((status) -> this.jdbi.useExtension(KpiDao.class, (kpis) -> {
			kpis.forgetFigures(finess, night);
			kpis.forgetNight(finess, night);
			KpiDao.Marks marks = kpis.marks(finess, night);
			kpis.recordNight(finess, night, marks);
			kpis.recovered(finess, night, marks);
			kpis.writeOffs(finess, night, marks);
			kpis.openBalances(finess, night);
			kpis.billed(finess, night);
			kpis.dunning(finess, night);
			kpis.payerReturns(finess, night);
			kpis.pending(finess, night);
			kpis.uplifts(finess, night);
		}));
	}

}

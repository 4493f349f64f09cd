package fr.relance.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.dunning.scenario.Sector;
import fr.relance.dunning.stage.DunningProperties;
import fr.relance.dunning.stage.ScenarioCatalog;
import fr.relance.retention.internal.ClosedCaseDao;
import fr.relance.support.db.NightLock;
import fr.relance.support.db.Transactions;
import fr.relance.support.ids.Masking;

/**
 * The patients whose case is closed and quiet, and the erasure of their personal data
 * (docs/architecture.md, Retention). A case is closed when none of the patient's invoices
 * has an open part left, or only time-barred ones; quiet when nothing happened on it for
 * {@code relance.retention.closed-case-days}, by default the establishment's limitation
 * horizon (the years a debt can still be claimed, docs/domain.md#limitation). The rows
 * stay, erased, so the amounts the KPI history and the calibration count do not move; the
 * same listing serves the night and {@code retention --dry-run}.
 */
@Component
public class ClosedCases {

	private static final int VISIBLE_ID_CHARACTERS = 4;

	private final Jdbi jdbi;

	private final DataSource dataSource;

	private final ScenarioCatalog scenarios;

	private final DunningProperties dunning;

	private final RetentionSettings settings;

	private final TransactionTemplate transaction;

	@Autowired
	ClosedCases(Jdbi jdbi, DataSource dataSource, ScenarioCatalog scenarios, DunningProperties dunning,
			RetentionSettings settings, PlatformTransactionManager transactionManager) {
		this.jdbi = jdbi;
		this.dataSource = dataSource;
		this.scenarios = scenarios;
		this.dunning = dunning;
		this.settings = settings;
		this.transaction = Transactions.requiresNew(transactionManager);
	}

	/**
	 * Every establishment's closed and quiet cases on {@code night}, by FINESS then
	 * patient, but those {@code skipped}. Every establishment the database knows, a
	 * disabled one too: disabling keeps its data, not beyond retention.
	 */
	public List<ClosedCase> closedOn(LocalDate night, List<String> skipped) {
		List<ClosedCase> closed = new ArrayList<>();
		this.jdbi.withHandle(h -> h.attach(ClosedCaseDao.class).establishments())
			.stream()
			.filter(finess -> !skipped.contains(finess))
			.forEach(finess -> closed.addAll(closedOn(finess, night)));
		return closed;
	}

	/** One establishment's patients whose case is closed and quiet on {@code night}. */
	public List<ClosedCase> closedOn(String finess, LocalDate night) {
		int years = limitationYears(finess);
		LocalDate quietSince = quietSince(finess, night);
		return this.jdbi.withHandle(h -> h.attach(ClosedCaseDao.class)
			.closedPatients(finess, quietSince, night.minusYears(years))
			.stream()
			.map(r -> new ClosedCase(r.id(), finess, Masking.tail(r.externalId(), VISIBLE_ID_CHARACTERS),
					r.lastActivity()))
			.toList());
	}

	/**
	 * Erases these patients (what {@link #closedOn} listed), each establishment in one
	 * transaction under its night lock; a patient already purged is left as it is. An
	 * establishment another process is running fails the purge (nothing of it erased), as
	 * a night fails on it: the next run lists and erases again.
	 * @return how many patients were purged
	 */
	public long purge(List<ClosedCase> closed, LocalDate night) {
		long purged = 0;
		for (String finess : closed.stream().map(ClosedCase::finess).distinct().toList()) {
			long[] listed = closed.stream()
				.filter(c -> c.finess().equals(finess))
				.mapToLong(ClosedCase::patientId)
				.toArray();
			// never beside an import or a dunning night of the establishment (another
			// process, or several machines)
			try (NightLock lock = NightLock.tryEstablishment(this.dataSource, finess)
				.orElseThrow(() -> new IllegalStateException("establishment " + finess + " is being run by another"
						+ " process: its patients of closed cases are left for the next run"))) {
				purged += this.transaction.execute(status -> this.jdbi.withHandle(h -> {
					ClosedCaseDao dao = h.attach(ClosedCaseDao.class);
					long[] ids = dao.withAbsorbed(listed);
					dao.erasePayments(finess, ids);
					dao.eraseHistory(ids);
					dao.eraseInvoices(ids);
					dao.deleteFollowUps(ids);
					dao.eraseCaseTexts(ids, night);
					dao.erasePatients(ids, night);
					return Arrays.stream(ids).filter(id -> contains(listed, id)).count();
				}));
			}
		}
		return purged;
	}

	/**
	 * The last day of activity a closed case may have had to be purged on {@code night}
	 * (excluded).
	 */
	public LocalDate quietSince(String finess, LocalDate night) {
		Integer days = this.settings.closedCaseDays();
		return days != null ? night.minusDays(days) : night.minusYears(limitationYears(finess));
	}

	/**
	 * The horizon dunning applies to the establishment:
	 * {@code relance.dunning.limitation-years}, else its scenario's sector; the sector of
	 * its row when that scenario cannot be read (a disabled establishment's scenario
	 * removed since), so that one establishment's configuration never stops the retention
	 * of the others.
	 */
	private int limitationYears(String finess) {
		Integer years = this.dunning.limitationYears();
		if (years != null) {
			return years;
		}
		ClosedCaseDao.Creditor creditor = this.jdbi.withHandle(h -> h.attach(ClosedCaseDao.class).creditor(finess))
			.orElseThrow(() -> new IllegalStateException("establishment " + finess + " is not in the database"));
		try {
			return this.scenarios.get(creditor.scenario()).sector().limitationYears();
		}
		catch (RuntimeException unreadable) {
			return Sector.valueOf(creditor.sector().toUpperCase(Locale.ROOT)).limitationYears();
		}
	}

	private static boolean contains(long[] ids, long id) {
		for (long i : ids) {
			if (i == id) {
				return true;
			}
		}
		return false;
	}

}

package fr.relance.support.db;

import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Statistics brought up to date between the stages of a night. PostgreSQL's autovacuum
 * analyses a table some time after it changed (its naptime is a minute), and the ledger
 * merge analyses only after large loads: in between, a stage that follows a load of a few
 * thousand rows is planned on the statistics of a smaller table. Measured on two
 * scheduler nodes each importing 5,000 invoices: the planner expected one invoice of the
 * establishment where there were 4,484, chose nested loops over every dunning case, and a
 * query of the output stage took 4.8 s instead of a few milliseconds (issue #19). So
 * after each stage, every table changed by more than a tenth of its rows (and at least
 * {@value #MIN_CHANGES} rows) since its last analysis is analysed now.
 */
@Component
public class FreshStatistics {

	private static final Logger log = LoggerFactory.getLogger(FreshStatistics.class);

	static final int MIN_CHANGES = 1_000;

	/**
	 * Another session already analysing the table holds its lock: its statistics will do,
	 * do not wait for it.
	 */
	private static final String LOCK_WAIT = "1s";

	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final Jdbi jdbi;

	public FreshStatistics(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** Analyses the tables whose statistics are stale; returns their names. */
	public List<String> refresh() {
		List<String> stale = this.jdbi.withExtension(StatisticsDao.class, (dao) -> dao.stale(MIN_CHANGES));
		for (String table : stale) {
			analyze(table);
		}
		if (!stale.isEmpty()) {
			log.debug("statistics refreshed: {}", stale);
		}
		return stale;
	}

	private void analyze(String table) {
		try {
			this.jdbi.useTransaction((h) -> {
				h.execute("SET LOCAL lock_timeout = '" + LOCK_WAIT + "'");
				// the name comes from the catalogue, quoted by the query that found it
				h.execute("ANALYZE " + table);
			});
		}
		catch (UnableToExecuteStatementException e) {
			if (!(e.getCause() instanceof java.sql.SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState()))) {
				throw e;
			}
		}
	}

}

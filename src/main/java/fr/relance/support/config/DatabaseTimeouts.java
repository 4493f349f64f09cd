package fr.relance.support.config;

import java.time.Duration;

/**
 * How long the engine waits for the database before it gives up and ends the run with
 * exit status 1 (the run lock and the home lock are released: the next run can start).
 * Defaults are generous: the longest statement of the benchmarks at a million invoices
 * takes about a minute.
 *
 * @param connectTimeout to open a connection (TCP and login) or to get one from the pool
 * @param statementTimeout for one statement on a server that answers: PostgreSQL cancels
 * it (locks waited for included)
 * @param socketTimeout without a byte from the server, for a frozen server that cancels
 * nothing; longer than the statement timeout so that a live server reports first
 */
public record DatabaseTimeouts(Duration connectTimeout, Duration statementTimeout, Duration socketTimeout) {

	public DatabaseTimeouts {
		connectTimeout = positive("relance.db.connect-timeout", connectTimeout, Duration.ofSeconds(30));
		statementTimeout = positive("relance.db.statement-timeout", statementTimeout, Duration.ofMinutes(10));
		socketTimeout = positive("relance.db.socket-timeout", socketTimeout, Duration.ofMinutes(15));
	}

	private static Duration positive(String name, Duration value, Duration defaultValue) {
		if (value == null) {
			return defaultValue;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be a positive duration (e.g. 30s, 10m), got " + value);
		}
		return value;
	}

}

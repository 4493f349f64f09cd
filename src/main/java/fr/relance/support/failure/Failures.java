package fr.relance.support.failure;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the failures ops can act on into a sentence that names the cause and the setting
 * or the remedy.
 */
public final class Failures {

	/** PostgreSQL's "canceling statement due to statement timeout". */
	private static final String QUERY_CANCELED = "57014";

	private static final Pattern POOL_COUNTS = Pattern.compile("total=(\\d+), active=(\\d+)");

	/**
	 * PostgreSQL's disk_full class: "could not extend file ... No space left on device".
	 */
	private static final String DISK_FULL = "53100";

	private Failures() {
	}

	/**
	 * The explanation of {@code failure} when it is one ops can act on; empty otherwise.
	 */
	public static Optional<String> explain(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String message = t.getMessage() == null ? "" : t.getMessage();
			if (t instanceof SQLException sql && DISK_FULL.equals(sql.getSQLState())
					|| message.toLowerCase(Locale.ROOT).contains("no space left on device")) {
				return Optional.of("disk full: " + firstLine(message) + ". Free space (the database under "
						+ "<home>/pgdata, the drop zone, the outputs), then run the same command again");
			}
			if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
				return Optional.of("a database statement ran longer than relance.db.statement-timeout and was"
						+ " cancelled: the database is overloaded, or blocked by another session's lock. Run the same"
						+ " command again once it answers");
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("57P")) {
				return Optional.of("the database was shut down or restarted during the run (" + firstLine(message)
						+ "): it is unreachable until it is back. Start it, then run the same command again to resume"
						+ " the night");
			}
			// no cause: no connection attempt failed, the pool's own connections are all
			// taken
			if (t instanceof SQLTransientConnectionException && t.getCause() == null && poolExhausted(message)) {
				return Optional
					.of("every connection of the engine's pool stayed in use for relance.db.connect-timeout ("
							+ firstLine(message) + "): the pool is too small for the work in parallel. Raise"
							+ " spring.datasource.hikari.maximum-pool-size (each ledger import uses two connections), then"
							+ " run the same command again");
			}
			if (t instanceof SQLTransientConnectionException || t instanceof SQLException sql
					&& sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return Optional.of("no database connection within relance.db.connect-timeout: the database is"
						+ " frozen, unreachable or refuses the engine (" + firstLine(message) + "). Check it, then run"
						+ " the same command again");
			}
			if (t instanceof SocketTimeoutException) {
				return Optional.of("the database stopped answering (nothing for relance.db.socket-timeout, or no"
						+ " connection within relance.db.connect-timeout): it may be frozen or unreachable. Check"
						+ " it, then run the same command again");
			}
		}
		return Optional.empty();
	}

	/**
	 * Hikari's timeout message says "(total=N, active=N, idle=0, waiting=M)" when the
	 * pool, not the database, ran out.
	 */
	private static boolean poolExhausted(String message) {
		Matcher m = POOL_COUNTS.matcher(message);
		return m.find() && m.group(1).equals(m.group(2)) && !"0".equals(m.group(1));
	}

	private static String firstLine(String message) {
		return message.lines().findFirst().orElse("").strip();
	}

}

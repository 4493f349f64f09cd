package fr.relance.support.failure;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/** Turns the failures ops can act on into a sentence that names the cause and the setting or the remedy. */
public final class Failures {

	/** PostgreSQL's "canceling statement due to statement timeout". */
	private static final String QUERY_CANCELED = "57014";

	/** PostgreSQL's disk_full class: "could not extend file ... No space left on device". */
	private static final String DISK_FULL = "53100";

	private Failures() {
	}

	/** The explanation of {@code failure} when it is one ops can act on; empty otherwise. */
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
			if (t instanceof SQLTransientConnectionException
					|| t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
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

	private static String firstLine(String message) {
		return message.lines().findFirst().orElse("").strip();
	}

}

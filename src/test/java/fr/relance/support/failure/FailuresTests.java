package fr.relance.support.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The sentences ops read for the database failures they can act on. */
class FailuresTests {

	@Test
	void aServerShutDownSaysSoAndHowToResume() {
		SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");

		assertThat(Failures.explain(new IllegalStateException("ingest failed", shutdown))).hasValueSatisfying(
				text -> assertThat(text).startsWith("the database was shut down or restarted during the run")
					.contains("unreachable", "run the same command again"));
	}

	@Test
	void aPoolWhoseConnectionsAreAllInUseIsNotMistakenForADeadDatabase() {
		String exhausted = "relance - Connection is not available, request timed out after 5000ms (total=2, active=2,"
				+ " idle=0, waiting=1)";
		String unreachable = "relance - Connection is not available, request timed out after 5000ms (total=0, active=0,"
				+ " idle=0, waiting=0)";

		assertThat(Failures.explain(new SQLTransientConnectionException(exhausted)))
			.hasValueSatisfying(text -> assertThat(text).contains("every connection of the engine's pool",
					"spring.datasource.hikari.maximum-pool-size"));
		assertThat(Failures.explain(new SQLTransientConnectionException(unreachable))).hasValueSatisfying(
				text -> assertThat(text).startsWith("no database connection within relance.db.connect-timeout"));
		// the database went away while its one connection was out: the pool's failure
		// carries the driver's cause
		String stopped = "relance - Connection is not available, request timed out after 5000ms (total=1, active=1,"
				+ " idle=0, waiting=0)";
		assertThat(Failures.explain(new SQLTransientConnectionException(stopped,
				new SQLException("Connection to localhost:5432 refused", "08001"))))
			.hasValueSatisfying(text -> assertThat(text).startsWith("no database connection").contains("unreachable"));
	}

}

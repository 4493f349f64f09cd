package fr.relance.support.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The database-wide PostgreSQL session advisory lock. Taken exclusively by a maintenance
 * command that must run alone (removing a wrong night); every {@link NightLock} shares
 * it, so the two never overlap. The lock lives on a dedicated connection and dies with
 * it.
 */
public final class RunLock implements AutoCloseable {

	/** Arbitrary constant key: "RELANCE" in ASCII. */
	static final long KEY = 0x52454C414E4345L;

	private final Connection connection;

	private RunLock(Connection connection) {
		this.connection = connection;
	}

	public static RunLock acquire(DataSource dataSource) {
		try {
			Connection connection = dataSource.getConnection();
			try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
				st.setLong(1, KEY);
				try (ResultSet rs = st.executeQuery()) {
					rs.next();
					if (rs.getBoolean(1)) {
						return new RunLock(connection);
					}
				}
			}
			String holder = describeHolder(connection);
			connection.close();
			throw new EngineBusyException("another Relance run is in progress on this database" + holder
					+ "; it was not disturbed. Run again when it has finished.");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot take the run lock: " + e.getMessage(), e);
		}
	}

	/**
	 * Shares the lock on {@code connection}, for a night's work; false when a maintenance
	 * command holds it.
	 */
	static boolean shareOn(Connection connection) throws SQLException {
		try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock_shared(?)")) {
			st.setLong(1, KEY);
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private static String describeHolder(Connection connection) throws SQLException {
		String sql = """
				SELECT a.application_name, a.client_addr, a.backend_start
				FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
				WHERE l.locktype = 'advisory' AND l.granted
				  AND ((l.classid::bigint << 32) | l.objid::bigint) = ?
				""";
		try (PreparedStatement st = connection.prepareStatement(sql)) {
			st.setLong(1, KEY);
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() ? " (held by " + rs.getString(1) + " since " + rs.getTimestamp(3) + ")" : "";
			}
		}
	}

	@Override
	public void close() {
		try (connection; PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			st.setLong(1, KEY);
			st.execute();
		}
		catch (SQLException e) {
			// closing the connection releases a session lock anyway
		}
	}

}

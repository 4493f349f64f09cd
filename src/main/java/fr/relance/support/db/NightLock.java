package fr.relance.support.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The PostgreSQL session advisory locks of a night, each on its own connection and
 * released with it (so a killed engine's locks die with its connections). Every holder
 * also shares the database-wide {@link RunLock}, so a maintenance command that takes it
 * exclusively (removing a wrong night) never runs beside a night.
 * <ul>
 * <li>one lock per establishment: nothing of one establishment runs twice at once,
 * whatever the date, because dunning decides an establishment's nights in date order; two
 * processes may work on two establishments;</li>
 * <li>one lock for the closing of a night, and one for its preparation (establishment
 * files into the database).</li>
 * </ul>
 */
public final class NightLock implements AutoCloseable {

	/**
	 * First half of the two-key advisory locks: "RELA" in ASCII; the second half is a
	 * hash of the name.
	 */
	private static final int NAMESPACE = 0x52454C41;

	private final Connection connection;

	private final String name;

	private NightLock(Connection connection, String name) {
		this.connection = connection;
		this.name = name;
	}

	/** The establishment's lock, or empty when another process (or thread) holds it. */
	public static Optional<NightLock> tryEstablishment(DataSource dataSource, String finess) {
		return take(dataSource, "establishment " + finess, false);
	}

	/** The closing's lock, waiting for a closing in progress elsewhere to end. */
	public static NightLock closing(DataSource dataSource) {
		return take(dataSource, "closing", true).orElseThrow();
	}

	/** The preparation's lock, waiting for a preparation in progress elsewhere to end. */
	public static NightLock preparing(DataSource dataSource) {
		return take(dataSource, "preparation", true).orElseThrow();
	}

	private static Optional<NightLock> take(DataSource dataSource, String name, boolean wait) {
		try {
			Connection connection = dataSource.getConnection();
			try {
				if (!RunLock.shareOn(connection)) {
					throw new EngineBusyException("a maintenance command holds this database (see ops/relance status);"
							+ " nothing was run. Run again when it has finished.");
				}
				String sql = wait ? "SELECT pg_advisory_lock(?, hashtext(?)), true"
						: "SELECT pg_try_advisory_lock(?, hashtext(?))";
				try (PreparedStatement st = connection.prepareStatement(sql)) {
					st.setInt(1, NAMESPACE);
					st.setString(2, name);
					try (ResultSet rs = st.executeQuery()) {
						rs.next();
						if (rs.getBoolean(wait ? 2 : 1)) {
							return Optional.of(new NightLock(connection, name));
						}
					}
				}
				connection.close();
				return Optional.empty();
			}
			catch (RuntimeException | SQLException e) {
				connection.close();
				throw e;
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot take the lock of the " + name + ": " + e.getMessage(), e);
		}
	}

	@Override
	public void close() {
		try (connection; PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock_all()")) {
			st.execute();
		}
		catch (SQLException e) {
			// closing the connection releases a session lock anyway
		}
	}

	@Override
	public String toString() {
		return "lock of the " + name;
	}

}

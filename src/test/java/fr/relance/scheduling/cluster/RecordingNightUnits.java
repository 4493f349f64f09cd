package fr.relance.scheduling.cluster;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightUnit;
import fr.relance.scheduling.NightUnits;
import fr.relance.scheduling.UnitOutcome;
import fr.relance.support.batch.RunSummary;

/**
 * A stand-in for the establishment units while their engine implementation is not merged:
 * each unit really works in the database, under a PostgreSQL advisory lock per
 * establishment and date as the real units take, so that the scheduler's queue, retries
 * and recovery can be checked across processes. A unit records its start
 * ({@code test_unit_run}: status, attempts, the process that ran it), waits
 * {@code relance.test.unit-millis} (the work a SIGKILL can interrupt), then in one
 * transaction writes its one row of work ({@code test_unit_work}: a unit run twice shows
 * as two rows) and its completion. Establishments of {@code relance.test.failing} end
 * FAILED, those of {@code relance.test.throwing} throw before anything runs (recorded in
 * {@code test_unit_error}). Only with {@code relance.test.night-units=recording}.
 */
@Component
@Primary
@ConditionalOnProperty(name = "relance.test.night-units", havingValue = "recording")
public class RecordingNightUnits implements NightUnits {

	private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final DataSource dataSource;

	private final List<String> establishments;

	private final Set<String> failing;

	private final Set<String> throwing;

	private final long unitMillis;

	public RecordingNightUnits(DataSource dataSource, @Value("${relance.test.units}") String establishments,
			@Value("${relance.test.failing:}") String failing,
			@Value("${relance.test.unit-millis:1000}") long unitMillis,
			@Value("${relance.test.throwing:}") String throwing) {
		this.dataSource = dataSource;
		this.establishments = Arrays.stream(establishments.split(",")).map(String::strip).toList();
		this.failing = Set.of(failing.isBlank() ? new String[0] : failing.split(","));
		this.unitMillis = unitMillis;
		this.throwing = Set.of(throwing.isBlank() ? new String[0] : throwing.split(","));
	}

	private volatile boolean tables;

	/** On first use, not at construction: the schema (Flyway) must be there first. */
	private void ready() {
		if (!tables) {
			createTables(dataSource);
			tables = true;
		}
	}

	static void createTables(DataSource dataSource) {
		try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
			st.execute("SELECT pg_advisory_lock(42)"); // two nodes starting together: one
														// creates, the other sees them
			st.execute("CREATE TABLE IF NOT EXISTS test_unit_run (finess text, run_date date, status text,"
					+ " attempts int, node text, PRIMARY KEY (finess, run_date))");
			st.execute(
					"CREATE TABLE IF NOT EXISTS test_unit_work (finess text, run_date date, node text, attempt int)");
			st.execute("CREATE TABLE IF NOT EXISTS test_unit_busy (finess text, run_date date, node text)");
			st.execute("CREATE TABLE IF NOT EXISTS test_unit_error (finess text, run_date date, node text)");
			st.execute("CREATE TABLE IF NOT EXISTS test_prepared (finess text, run_date date,"
					+ " PRIMARY KEY (finess, run_date))");
			st.execute("CREATE TABLE IF NOT EXISTS test_consolidated (run_date date PRIMARY KEY, node text,"
					+ " completed int, failed int)");
			st.execute("SELECT pg_advisory_unlock(42)");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The lock a unit takes; a test takes it too to stand for another process (the
	 * one-shot nightly) running it.
	 */
	static String lockSql(String function) {
		return "SELECT " + function + "(hashtext('unit ' || ? || ' ' || ?))";
	}

	@Override
	public List<NightUnit> prepare(LocalDate runDate) {
		ready();
		List<NightUnit> units = new ArrayList<>();
		try (Connection c = dataSource.getConnection();
				PreparedStatement st = c
					.prepareStatement("INSERT INTO test_prepared VALUES (?, ?) ON CONFLICT DO NOTHING")) {
			for (String finess : establishments) {
				st.setString(1, finess);
				st.setObject(2, runDate);
				st.executeUpdate();
				units.add(new NightUnit(runDate, finess));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return units;
	}

	@Override
	public UnitOutcome run(NightUnit unit) {
		ready();
		try (Connection lock = dataSource.getConnection()) {
			if (throwing.contains(unit.finess())) {
				// a unit that cannot even be tried, as when a maintenance command holds
				// the database
				update(lock, "INSERT INTO test_unit_error VALUES (?, ?, ?)", unit, NODE);
				throw new IllegalStateException("a maintenance command holds this database");
			}
			if (!query(lock, lockSql("pg_try_advisory_lock"), unit)) {
				update(lock, "INSERT INTO test_unit_busy VALUES (?, ?, ?)", unit, NODE);
				return new UnitOutcome(unit, "BUSY", false, List.of());
			}
			try {
				return runLocked(lock, unit);
			}
			finally {
				query(lock, lockSql("pg_advisory_unlock"), unit);
			}
		}
		catch (SQLException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private UnitOutcome runLocked(Connection c, NightUnit unit) throws SQLException, InterruptedException {
		String status = null;
		try (PreparedStatement st = c
			.prepareStatement("SELECT status FROM test_unit_run WHERE finess = ? AND run_date = ?")) {
			st.setString(1, unit.finess());
			st.setObject(2, unit.runDate());
			try (ResultSet rs = st.executeQuery()) {
				status = rs.next() ? rs.getString(1) : null;
			}
		}
		if ("COMPLETED".equals(status) || "FAILED".equals(status)) {
			return new UnitOutcome(unit, status, "COMPLETED".equals(status), List.of());
		}
		// a row left RUNNING is a unit whose process died: this run recovers it
		update(c, """
				INSERT INTO test_unit_run VALUES (?, ?, 'RUNNING', 1, ?)
				ON CONFLICT (finess, run_date) DO UPDATE SET attempts = test_unit_run.attempts + 1, node = excluded.node
				""", unit, NODE);
		Thread.sleep(unitMillis);
		if (failing.contains(unit.finess())) {
			update(c, "UPDATE test_unit_run SET status = 'FAILED' WHERE finess = ? AND run_date = ? AND node = ?", unit,
					NODE);
			return new UnitOutcome(unit, "FAILED", false, List.of("ingest: a broken ledger of " + unit.finess()));
		}
		c.setAutoCommit(false);
		try {
			update(c, "INSERT INTO test_unit_work SELECT finess, run_date, node, attempts FROM test_unit_run"
					+ " WHERE finess = ? AND run_date = ? AND node = ?", unit, NODE);
			update(c, "UPDATE test_unit_run SET status = 'COMPLETED' WHERE finess = ? AND run_date = ? AND node = ?",
					unit, NODE);
			c.commit();
		}
		finally {
			c.setAutoCommit(true);
		}
		return new UnitOutcome(unit, "COMPLETED", false, List.of());
	}

	@Override
	public Optional<NightOutcome> consolidateIfEnded(LocalDate runDate) {
		ready();
		try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement("""
				SELECT count(*) FILTER (WHERE r.status = 'COMPLETED'), count(*) FILTER (WHERE r.status = 'FAILED'),
				       count(*) FILTER (WHERE r.status IS NULL OR r.status = 'RUNNING')
				FROM test_prepared p LEFT JOIN test_unit_run r ON r.finess = p.finess AND r.run_date = p.run_date
				WHERE p.run_date = ?
				""")) {
			st.setObject(1, runDate);
			int completed;
			int failed;
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				if (rs.getInt(3) > 0) {
					return Optional.empty();
				}
				completed = rs.getInt(1);
				failed = rs.getInt(2);
			}
			try (PreparedStatement insert = c
				.prepareStatement("INSERT INTO test_consolidated VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
				insert.setObject(1, runDate);
				insert.setString(2, NODE);
				insert.setInt(3, completed);
				insert.setInt(4, failed);
				insert.executeUpdate();
			}
			String status = failed > 0 ? "FAILED" : "COMPLETED";
			return Optional.of(new NightOutcome(new RunSummary(runDate, status, 1, List.of(), List.of(), List.of()),
					Path.of("run-summary.json"), false,
					failed > 0 ? List.of(failed + " establishments failed") : List.of()));
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean query(Connection c, String sql, NightUnit unit) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(sql)) {
			st.setString(1, unit.finess());
			st.setString(2, unit.runDate().toString());
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getBoolean(1);
			}
		}
	}

	private static void update(Connection c, String sql, NightUnit unit, String node) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(sql)) {
			st.setString(1, unit.finess());
			st.setObject(2, unit.runDate());
			st.setString(3, node);
			st.executeUpdate();
		}
	}

}

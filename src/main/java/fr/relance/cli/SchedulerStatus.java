package fr.relance.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import fr.relance.operations.EngineActivity;
import fr.relance.scheduling.cluster.ClusterState;

/**
 * The scheduler's part of {@code status}: read from the Quartz tables of the external
 * database when one is configured, else of the embedded one while an engine (a scheduler
 * node) holds the home; a short line when there is none to read. Never starts a database.
 */
final class SchedulerStatus {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	static final String NO_SCHEDULER = "no scheduler node on this home: nights are started by cron or a systemd timer"
			+ " (ops/cron, ops/systemd), or by ops/relance scheduler";

	private SchedulerStatus() {
	}

	/**
	 * The cluster's state, or null when there is no database to read without starting
	 * one.
	 */
	static ClusterState read(Map<String, String> properties, Path home, Instant now) throws SQLException {
		String url = properties.getOrDefault("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
		Properties login = new Properties();
		login.setProperty("connectTimeout", "5");
		login.setProperty("socketTimeout", "15");
		login.setProperty("ApplicationName", "relance-status");
		if (url != null && !url.isBlank()) {
			put(login, "user",
					properties.getOrDefault("spring.datasource.username", System.getenv("SPRING_DATASOURCE_USERNAME")));
			put(login, "password",
					properties.getOrDefault("spring.datasource.password", System.getenv("SPRING_DATASOURCE_PASSWORD")));
		}
		else {
			// the embedded database is up only while an engine holds the home; its port
			// is in postmaster.pid
			Path pid = home.resolve("pgdata/postmaster.pid");
			Path secret = home.resolve("db.secret");
			if (EngineActivity.running(home).isEmpty() || !Files.isReadable(pid) || !Files.isReadable(secret)) {
				return null;
			}
			try {
				List<String> lines = Files.readAllLines(pid, StandardCharsets.US_ASCII);
				url = "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres";
				login.setProperty("user", "postgres");
				login.setProperty("password", Files.readString(secret, StandardCharsets.US_ASCII).strip());
			}
			catch (IOException | IndexOutOfBoundsException e) {
				return null;
			}
		}
		try (Connection c = DriverManager.getConnection(url, login)) {
			c.setReadOnly(true);
			return ClusterState.read(c, now);
		}
	}

	private static void put(Properties login, String key, String value) {
		if (value != null) {
			login.setProperty(key, value);
		}
	}

	/** The line of {@code status}: the next start and the nodes. */
	static String line(ClusterState state, Instant now, ZoneId zone) {
		if (state == null || state.nodes().isEmpty() && state.starts().isEmpty()) {
			return NO_SCHEDULER;
		}
		String next = state.starts()
			.stream()
			.filter(s -> s.next() != null)
			.findFirst()
			.map(s -> TIME.format(s.next().atZone(zone)) + " (schedule " + s.schedule() + ")")
			.orElse("none (no schedule will fire again)");
		String nodes = state.nodes().isEmpty() ? "no node registered"
				: state.nodes()
					.stream()
					.map(n -> n.name() + " " + (n.alive() ? "alive" : "SILENT") + ", last check-in "
							+ StatusCommand.seconds(Duration.between(n.lastCheckIn(), now)) + " ago")
					.collect(Collectors.joining("; ", "nodes: ", ""));
		return next + "; " + nodes + (state.queuedJobs() > 0 ? "; " + state.queuedJobs() + " night jobs queued" : "");
	}

}

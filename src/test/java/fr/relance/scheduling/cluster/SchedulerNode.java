package fr.relance.scheduling.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * One {@code ops/relance scheduler} process of a test or a benchmark, in its own home, on
 * a PostgreSQL shared with other nodes; its console goes to {@code <home>/console.txt}.
 */
public final class SchedulerNode {

	private final Path home;

	private final Process process;

	private SchedulerNode(Path home, Process process) {
		this.home = home;
		this.process = process;
	}

	/**
	 * Starts a node with short cluster intervals (check-in, BUSY retry, consolidation
	 * poll: 1 s) and one thread.
	 */
	public static SchedulerNode start(Path home, EmbeddedPostgresServer database, List<String> options)
			throws IOException {
		Files.createDirectories(home);
		List<String> command = new ArrayList<>(List.of("bash", "ops/relance", "scheduler", "--threads", "1", "--home",
				home.toString(), "--db-url", database.jdbcUrl().replace("?user=postgres", "?"), "--db-user", "postgres",
				"--db-password", database.password(), "--relance.scheduler.checkin-interval=1s",
				"--relance.scheduler.busy-retry=1s", "--relance.scheduler.consolidation-poll=1s"));
		command.addAll(options);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(home.resolve("console.txt").toFile());
		builder.environment().put("RELANCE_CLASSPATH", System.getProperty("java.class.path"));
		builder.environment().put("RELANCE_JAVA_OPTS", "-Xmx512m");
		return new SchedulerNode(home, builder.start());
	}

	/**
	 * Waits until the console shows {@code text} (up to 4 minutes: engines start slowly
	 * on a loaded machine).
	 */
	public void awaitConsole(String text) throws Exception {
		Path console = home.resolve("console.txt");
		try {
			await(() -> Files.exists(console) && Files.readString(console).contains(text),
					"'" + text + "' from the node in " + home, Duration.ofMinutes(4));
		}
		catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; its console:\n"
					+ (Files.exists(console) ? Files.readString(console) : "(none)"), e);
		}
	}

	/** Every line of its run logs so far. */
	public List<String> log() throws IOException {
		Path logs = home.resolve("logs");
		if (!Files.isDirectory(logs)) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		try (Stream<Path> files = Files.list(logs)) {
			for (Path log : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
				lines.addAll(Files.readAllLines(log));
			}
		}
		return lines;
	}

	public Process process() {
		return process;
	}

	public static void await(Callable<Boolean> condition, String what, Duration limit) throws Exception {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.call()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
			}
			Thread.sleep(100);
		}
	}

}

package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * Database faults in the middle of a night (issue #22, item 7): PostgreSQL stopped while
 * the engine imports, every connection of the pool taken. The run ends cleanly with exit
 * status 1 and a sentence that names the cause, within two minutes; nothing dropped is
 * lost or taken twice, and the same command run again completes the night.
 */
class DatabaseFaultTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@TempDir
	Path dir;

	@Test
	void aDatabaseStoppedMidNightEndsTheRunWithItsCauseAndTheRerunCompletesIt() throws Exception {
		Path world = dir.resolve("world");
		new SampleWorldGenerator().generate(new GenerationOptions(3, 3000, 7, NIGHT, world).withReturns(true));
		List<String> dropped = droppedNames(world.resolve("drop"));
		Path pgdata = dir.resolve("server/pgdata");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status;
		Duration toExit;
		EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir.resolve("server"), pgdata, true);
		CompletableFuture<Integer> night = CompletableFuture.supplyAsync(() -> run(first, world, err));
		try {
			waitForTheFirstImport(first, night);
		}
		finally {
			first.close(); // PostgreSQL shut down under the engine, in the middle of
							// ingest
		}
		long stopped = System.nanoTime();
		status = night.get(5, TimeUnit.MINUTES);
		toExit = Duration.ofNanos(System.nanoTime() - stopped);

		assertThat(status).isEqualTo(1);
		assertThat(toExit).isLessThan(Duration.ofMinutes(2));
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("relance: failed: ")
			.contains("database")
			.containsAnyOf("unreachable", "shut down", "stopped");

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("server"), pgdata, true)) {
			ByteArrayOutputStream again = new ByteArrayOutputStream();
			assertThat(run(server, world, again)).as(again.toString(StandardCharsets.UTF_8)).isIn(0, 3);
			Map<String, Long> rows = fates(server);
			assertThat(rows.keySet()).as("one row per dropped file, none left half taken")
				.containsExactlyInAnyOrderElementsOf(dropped);
			assertThat(rows.values()).as("rows per file").containsOnly(1L);
		}
		assertThat(names(world.resolve("drop"), "in")).as("nothing left in in/").isEmpty();
		List<String> kept = new ArrayList<>(names(world.resolve("drop"), ".archive"));
		kept.addAll(names(world.resolve("drop"), ".quarantine"));
		assertThat(kept).as("every dropped file archived or quarantined exactly once")
			.containsExactlyInAnyOrderElementsOf(dropped);
	}

	@Test
	void aPoolTooSmallForTheNightEndsTheRunWithItsCauseLosesNothingAndTheRerunCompletes() throws Exception {
		Path world = dir.resolve("world");
		new SampleWorldGenerator().generate(new GenerationOptions(2, 200, 11, NIGHT, world));
		List<String> dropped = droppedNames(world.resolve("drop"));
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir.resolve("server"),
				dir.resolve("server/pgdata"), true)) {
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			// one connection: a ledger import needs two
			assertThat(run(server, world, err, "--spring.datasource.hikari.maximum-pool-size=1"))
				.as(err.toString(StandardCharsets.UTF_8))
				.isEqualTo(1);
			assertThat(err.toString(StandardCharsets.UTF_8)).contains(
					"relance: failed: every connection of the" + " engine's pool stayed in use",
					"spring.datasource.hikari.maximum-pool-size");
			List<String> everywhere = new ArrayList<>(names(world.resolve("drop"), "in"));
			everywhere.addAll(names(world.resolve("drop"), ".archive"));
			everywhere.addAll(names(world.resolve("drop"), ".quarantine"));
			assertThat(everywhere).as("each dropped file still waiting in in/ or taken, once")
				.containsExactlyInAnyOrderElementsOf(dropped);

			ByteArrayOutputStream again = new ByteArrayOutputStream();
			assertThat(run(server, world, again)).as(again.toString(StandardCharsets.UTF_8)).isIn(0, 3);
			assertThat(fates(server).keySet()).containsExactlyInAnyOrderElementsOf(dropped);
			assertThat(fates(server).values()).containsOnly(1L);
		}
	}

	private int run(EmbeddedPostgresServer server, Path world, ByteArrayOutputStream err, String... more) {
		List<String> args = new ArrayList<>(List.of("nightly", "--date", NIGHT.toString(), "--home",
				dir.resolve("home").toString(), "--db-url", server.jdbcUrl(), "--db-password", server.password(),
				"--drop", world.resolve("drop").toString(), "--establishments",
				world.resolve("establishments").toString(), "--relance.intake.settle-delay=0s",
				"--relance.db.connect-timeout=5s", "--relance.db.socket-timeout=30s"));
		args.addAll(List.of(more));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(args.toArray(String[]::new));
		err.writeBytes(out.toByteArray());
		return status;
	}

	/**
	 * Waits until ingest has imported a file (the night is then mid-ingest), or the night
	 * ended first.
	 */
	private static void waitForTheFirstImport(EmbeddedPostgresServer server, CompletableFuture<Integer> night)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline && !night.isDone()) {
			try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
					Statement st = c.createStatement();
					ResultSet rs = st.executeQuery("SELECT count(*) FROM source_file WHERE status IN ('imported',"
							+ " 'partially_imported')")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					return;
				}
			}
			catch (SQLException notYet) {
				// the schema is not migrated yet
			}
			Thread.sleep(50);
		}
		assertThat(night.isDone()).as("the night was still running when the database stopped").isFalse();
	}

	/** "FINESS/name" -> how many source_file rows the file has. */
	private static Map<String, Long> fates(EmbeddedPostgresServer server) throws SQLException {
		Map<String, Long> rows = new TreeMap<>();
		try (Connection c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
				Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("SELECT finess || '/' || original_name, count(*) FROM source_file"
						+ " WHERE status NOT IN ('arriving', 'vanished') GROUP BY 1")) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getLong(2));
			}
		}
		return rows;
	}

	private static List<String> droppedNames(Path drop) throws IOException {
		return names(drop, "in");
	}

	/**
	 * "FINESS/name" of the files under {@code <drop>/<FINESS>/in} or
	 * {@code <drop>/<folder>/<FINESS>/...}.
	 */
	private static List<String> names(Path drop, String folder) throws IOException {
		List<String> names = new ArrayList<>();
		if (folder.equals("in")) {
			try (Stream<Path> establishments = Files.list(drop)) {
				for (Path e : establishments.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
					try (Stream<Path> files = Files.list(e.resolve("in"))) {
						files.forEach(f -> names.add(e.getFileName() + "/" + f.getFileName()));
					}
				}
			}
			return names;
		}
		Path root = drop.resolve(folder);
		if (!Files.isDirectory(root)) {
			return names;
		}
		try (Stream<Path> all = Files.walk(root)) {
			all.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().endsWith(".reason.txt"))
				.forEach(f -> names
					.add(root.relativize(f).getName(0) + "/" + f.getFileName().toString().replaceFirst("^\\d+-", "")));
		}
		return names;
	}

}

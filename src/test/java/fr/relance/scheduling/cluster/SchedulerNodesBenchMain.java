package fr.relance.scheduling.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import fr.relance.TestFiles;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.support.db.EmbeddedPostgresServer;

/**
 * {@code ops/bench/scheduler-nodes}: one generated night run by one scheduler process,
 * then the same night on a fresh database by two, each node with the same threads; prints
 * the wall time of each (from the moment the night is queued to the moment its queue is
 * empty, consolidation included, engine starts excluded) and the speed-up.
 */
public final class SchedulerNodesBenchMain {

	private static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	public static void main(String[] args) throws Exception {
		int establishments = Integer.parseInt(args[0]);
		int invoices = Integer.parseInt(args[1]);
		String threads = args[2];
		Path dir = Files.createTempDirectory("scheduler-nodes");
		Path world = dir.resolve("world");
		new SampleWorldGenerator()
			.generate(new GenerationOptions(establishments, invoices, 2026, NIGHT, world).withReturns(true));
		System.out.printf(Locale.ROOT, "world: %d establishments of %d invoices, %s thread(s) per node, in %s%n",
				establishments, invoices, threads, dir);
		double one = night(dir, world, 1, threads);
		double two = night(dir, world, 2, threads);
		System.out.printf(Locale.ROOT, "speed-up of two nodes over one: %.2fx%n", one / two);
	}

	/**
	 * Seconds from the night queued to its queue emptied, on {@code nodes} scheduler
	 * processes.
	 */
	private static double night(Path dir, Path world, int nodes, String threads) throws Exception {
		Path run = dir.resolve("nodes-" + nodes);
		TestFiles.copyTree(world.resolve("drop"), run.resolve("drop"));
		List<String> shared = List.of("--drop", run.resolve("drop").toString(), "--out", run.resolve("out").toString(),
				"--establishments", world.resolve("establishments").toString(), "--relance.intake.settle-delay=0s",
				"--relance.scheduler.threads=" + threads);
		List<SchedulerNode> started = new ArrayList<>();
		try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(run.resolve("db"), run.resolve("db/pgdata"),
				Path.of("target/test-homes/postgres").toAbsolutePath(), true)) {
			try {
				for (int i = 2; i <= nodes; i++) {
					SchedulerNode node = SchedulerNode.start(run.resolve("node-" + i), postgres, shared);
					started.add(node);
					node.awaitConsole("Scheduler node ");
				}
				List<String> first = new ArrayList<>(shared);
				first.addAll(List.of("--night", NIGHT.toString()));
				SchedulerNode queuing = SchedulerNode.start(run.resolve("node-1"), postgres, first);
				started.add(queuing);
				queuing.awaitConsole("establishment units queued now");
				long start = System.nanoTime();
				SchedulerNode.await(() -> queued(postgres) == 0, "the night to end", Duration.ofHours(2));
				double seconds = (System.nanoTime() - start) / 1e9;
				StringBuilder units = new StringBuilder();
				for (SchedulerNode node : started) {
					long done = node.log()
						.stream()
						.filter(l -> l.contains("scheduler: unit ") && l.contains(" COMPLETED on"))
						.count();
					units.append(' ').append(done);
				}
				System.out.printf(Locale.ROOT, "%d node(s): night in %.1f s; units completed per node:%s%n", nodes,
						seconds, units);
				return seconds;
			}
			finally {
				for (SchedulerNode node : started) {
					node.process().destroy();
					if (!node.process().waitFor(2, TimeUnit.MINUTES)) {
						node.process().destroyForcibly();
					}
				}
			}
		}
	}

	private static int queued(EmbeddedPostgresServer postgres) throws Exception {
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", postgres.password());
				Statement st = c.createStatement();
				ResultSet rs = st
					.executeQuery("SELECT count(*) FROM qrtz_job_details WHERE job_group = 'relance-night'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

}

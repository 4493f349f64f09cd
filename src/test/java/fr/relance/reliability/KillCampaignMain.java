package fr.relance.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The kill campaign ({@code ops/bench/kill-campaign}): one uninterrupted night of a
 * generated world, then as many nights of the same world killed with SIGKILL at random
 * moments (from the engine's start to the end of the reference night) and run again until
 * complete; prints, for each, where the night was when killed and whether it ended like
 * the reference, then how many survived.
 */
public final class KillCampaignMain {

	private KillCampaignMain() {
	}

	public static void main(String[] args) throws Exception {
		int points = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		int invoices = args.length > 1 ? Integer.parseInt(args[1]) : 400;
		int establishments = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 2026;
		Path dir = Files.createTempDirectory("kill-campaign");
		Path world = dir.resolve("world");
		KillAnywhere.generate(world, establishments, invoices, seed);
		KillAnywhere harness = new KillAnywhere(world, Path.of("target/test-homes/postgres").toAbsolutePath());
		long started = System.nanoTime();
		double seconds = harness.timedNight(dir.resolve("reference"));
		List<String> database = harness.database(dir.resolve("reference"));
		Map<String, String> files = KillAnywhere.files(dir.resolve("reference"));
		System.out.printf(Locale.ROOT,
				"reference night: %.1f s, %d database rows, %d files (%d establishments of %d" + " invoices, in %s)%n",
				seconds, database.size(), files.size(), establishments, invoices, dir);
		Map<String, Double> stages = KillAnywhere.stageSeconds(dir.resolve("reference"));
		List<String> names = List.copyOf(stages.keySet());
		Random random = new Random(seed);
		int survived = 0;
		for (int point = 1; point <= points; point++) {
			// one point in five during start-up, the others anywhere inside a stage
			String stage = random.nextInt(5) == 0 ? null : names.get(random.nextInt(names.size()));
			double span = stage == null ? seconds - stages.values().stream().mapToDouble(Double::doubleValue).sum()
					: stages.get(stage);
			KillAnywhere.KillPoint kill = new KillAnywhere.KillPoint(stage,
					Duration.ofMillis((long) (Math.max(span, 0.05) * 1000 * random.nextDouble())));
			Path run = dir.resolve("killed-" + point);
			KillAnywhere.Outcome outcome = harness.night(run, kill);
			List<String> rows = harness.database(run);
			List<String> differences = KillAnywhere.differences(files, KillAnywhere.files(run));
			boolean same = rows.equals(database) && differences.isEmpty() && outcome.checkStatus() == 0;
			survived += same ? 1 : 0;
			System.out
				.printf(Locale.ROOT, "kill %2d at %-22s %d runs: %s | %s%n", point, kill, outcome.runs(),
						same ? "same as the reference, check passed"
								: "DIFFERENT (database " + (rows.equals(database) ? "same" : "differs") + ", files "
										+ differences + ", check exit " + outcome.checkStatus() + ")",
						outcome.killedAt());
		}
		System.out.printf(Locale.ROOT,
				"%d of %d kill points survived (database and files identical to the"
						+ " uninterrupted night); campaign %.0f s%n",
				survived, points, (System.nanoTime() - started) / 1e9);
		System.exit(survived == points ? 0 : 1);
	}

}

package fr.relance.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.establishment.Establishment;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.samples.Settlement;

/**
 * Reconciliation accuracy and time on a large generated world with returns
 * (ops/bench/reconcile-accuracy.sh): generates N invoices over E establishments (default
 * 200,000 over 2, standard and GAM ledgers), runs intake and ingest, times the reconcile
 * stage, and prints the precision and recall of the parts tonight's files change (see
 * {@link GeneratedWorldNight.Score}) and the first disagreements with the truth. Not run
 * by the test suite.
 */
public final class ReconcileAccuracyBench {

	private ReconcileAccuracyBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		int establishments = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		LocalDate night = LocalDate.of(2026, 11, 20);
		Path work = Files.createTempDirectory("relance-reconcile-bench");
		Path world = work.resolve("world");
		GenerationOptions options = new GenerationOptions(establishments, invoices / establishments, 20_261_120L, night,
				world)
			.withProfiles(List.of("relance-standard", "gam-windows1252"))
			.withReturns(true);
		long t0 = System.nanoTime();
		new SampleWorldGenerator().generate(options);
		System.out.printf(Locale.ROOT, "generated %,d invoices in %.1f s under %s%n", options.totalInvoices(),
				seconds(t0), work);

		SpringApplication app = new SpringApplication(RelanceApplication.class);
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext ctx = app.run("--relance.home=" + work.resolve("home"),
				"--relance.establishments=" + world.resolve("establishments"), "--relance.intake.settle-delay=0s",
				"--logging.level.fr.relance=WARN")) {
			GeneratedWorldNight run = new GeneratedWorldNight(ctx.getBeanFactory());
			List<Establishment> loaded = run.establish(world);
			long t1 = System.nanoTime();
			run.ingest(loaded, night).forEach(line -> System.out.println("  " + line));
			System.out.printf(Locale.ROOT, "intake + ingest            : %8.1f s%n", seconds(t1));
			double reconcile = run.reconcile(loaded, night);
			System.out.printf(Locale.ROOT, "reconcile                  : %8.1f s  (%,.0f invoices/s)%n", reconcile,
					options.totalInvoices() / reconcile);
			Map<String, String> truth = GeneratedWorldNight.truth(world);
			GeneratedWorldNight.Score score = GeneratedWorldNight.Score.of(truth, run.engine(loaded),
					GeneratedWorldNight.ledgerOnly(options));
			System.out.printf(Locale.ROOT, "parts                      : %,8d%n", truth.size());
			System.out.printf(Locale.ROOT, "changed by tonight's files : %,8d%n", score.truthChanged());
			System.out.printf(Locale.ROOT, "changed by the engine      : %,8d  (%,d exactly as the truth)%n",
					score.engineChanged(), score.rightChanges());
			System.out.printf(Locale.ROOT, "precision %.4f   recall %.4f   disagreements %,d%n", score.precision(),
					score.recall(), score.disagreements().size());
			causes(options, score)
				.forEach((cause, count) -> System.out.printf(Locale.ROOT, "  %,8d  %s%n", count, cause));
			score.disagreements().stream().limit(20).forEach(d -> System.out.println("  " + d));
		}
	}

	/**
	 * Disagreements by what tonight's files did on the invoice (bank transfer kind,
	 * return outcomes).
	 */
	static Map<String, Long> causes(GenerationOptions options, GeneratedWorldNight.Score score) {
		Map<String, String> keys = new java.util.HashMap<>();
		score.disagreements().forEach(d -> keys.put(d.substring(0, d.indexOf(';', d.indexOf(';') + 1)), d));
		Map<String, Long> causes = new java.util.TreeMap<>();
		SampleWorldGenerator generator = new SampleWorldGenerator();
		for (int i = 0; i < options.establishments(); i++) {
			generator.invoices(options, generator.establishment(options, i)).forEach(invoice -> {
				if (keys.containsKey(invoice.finess() + ";" + invoice.invoiceNumber())) {
					Settlement s = invoice.settlement();
					String cause = "bank " + (s.bankTransfer() == null ? "none" : s.bankTransfer().kind())
							+ ", returns " + s.returns().stream().map(r -> r.payer() + " " + r.outcome()).toList();
					causes.merge(cause, 1L, Long::sum);
				}
			});
		}
		return causes;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}

package fr.relance.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.reconcile.ReconcileResult;
import fr.relance.reconcile.Reconciliation;
import fr.relance.support.ids.Finess;
import fr.relance.testworld.bulk.BulkWorld;

/**
 * Reconciles N payer return lines against N invoices on one establishment
 * (ops/bench/reconcile-bench.sh) and prints the time and lines/s. Target: 1,000,000 lines
 * within 60 s on 2 cores. The world is made with generate_series
 * ({@code ReconcileBench/<name>.sql}): 80 % paid in full, 10 % partly paid, 5 % rejected
 * to re-bill, 5 % deferred.
 */
public final class ReconcileBench {

	private ReconcileBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path home = Files.createTempDirectory("relance-reconcile-bench");
		SpringApplication app = new SpringApplication(RelanceApplication.class);
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext ctx = app.run("--relance.home=" + home,
				"--relance.establishments=" + home.resolve("none"), "--logging.level.fr.relance=WARN")) {
			Establishment e = new Establishment(Finess.withKey("75900001"), "Bench (fictive)", Sector.PRIVATE,
					List.of(), null, null, null, null, null, null, "relance-standard", "private-clinic",
					new Sftp("bench", List.of(), Optional.empty()), false);
			ctx.getBean(EstablishmentSync.class).sync(List.of(e));
			Jdbi jdbi = ctx.getBean(Jdbi.class);
			long start = System.nanoTime();
			world(jdbi, e.finess(), n);
			System.out.printf(Locale.ROOT, "world of %,d invoices and %,d return lines made in %.1f s%n", n, n,
					(System.nanoTime() - start) / 1e9);
			start = System.nanoTime();
			ReconcileResult result = ctx.getBean(Reconciliation.class).reconcile(e, LocalDate.of(2026, 11, 20));
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT,
					"reconciled %,d lines in %.1f s: %,.0f lines/s (%,d matched, %,d unmatched)"
							+ "  target: 60 s for 1,000,000%n",
					n, seconds, n / seconds, result.returnsMatched(), result.returnsUnmatched());
		}
	}

	private static void world(Jdbi jdbi, String finess, int n) {
		BulkWorld.of(ReconcileBench.class)
			.bind("finess", finess)
			.bind("invoices", n)
			.bind("lines", n)
			.ledgerFile(900_000_001L, "bench", LocalDate.of(2026, 11, 19), LocalDateTime.now())
			.own("patients", "invoices", "invoice-parts", "noemie-file", "remittance", "return-lines", "reject-codes")
			.build(jdbi);
	}

}

package fr.relance.retention.bench;

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
import fr.relance.retention.ClosedCase;
import fr.relance.retention.ClosedCases;
import fr.relance.support.ids.Finess;
import fr.relance.testworld.bulk.BulkWorld;

/**
 * The retention of closed cases at scale (ops/bench/retention-bench.sh): one private
 * clinic of N invoices, two per patient, made with generate_series
 * ({@code RetentionBench/<name>.sql}). Invoices of 2023, three in four settled (by the
 * ledger or a payment of February 2023), the fourth left open and time-barred since; one
 * patient in three seen again in June 2026; a case with a decision and an emitted letter
 * for one patient in ten. On the night of 20/11/2026 (quiet since before 20/11/2024) it
 * lists the closed and quiet cases, erases them, and lists again (none), printing seconds
 * of each.
 */
public final class RetentionBench {

	private static final long FILE = 900_000_301L;

	private RetentionBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		Path home = Files.createTempDirectory("relance-retention-bench");
		SpringApplication app = new SpringApplication(RelanceApplication.class);
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext ctx = app.run("--relance.home=" + home,
				"--relance.establishments=" + home.resolve("none"), "--relance.drop=" + home.resolve("drop"),
				"--relance.embedded-db.fast=true", "--logging.level.fr.relance=WARN")) {
			Establishment e = new Establishment(Finess.withKey("75900003"), "Bench (fictive)", Sector.PRIVATE,
					List.of(), null, null, null, null, null, null, "relance-standard", "private-clinic",
					new Sftp("bench", List.of(), Optional.empty()), false);
			ctx.getBean(EstablishmentSync.class).sync(List.of(e));
			Jdbi jdbi = ctx.getBean(Jdbi.class);
			long start = System.nanoTime();
			world(jdbi, e.finess(), invoices);
			System.out.printf(Locale.ROOT, "world of %,d invoices made in %.1f s%n", invoices,
					(System.nanoTime() - start) / 1e9);
			ClosedCases closedCases = ctx.getBean(ClosedCases.class);
			LocalDate night = LocalDate.of(2026, 11, 20);
			start = System.nanoTime();
			List<ClosedCase> closed = closedCases.closedOn(e.finess(), night);
			double listed = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			long purged = closedCases.purge(closed, night);
			double erased = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			int again = closedCases.closedOn(e.finess(), night).size();
			double rerun = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT,
					"%,d invoices, %,d patients: %,d closed and quiet listed in %.1f s, %,d erased"
							+ " in %.1f s; listed again: %,d in %.1f s%n",
					invoices, Math.max(1, invoices / 2), closed.size(), listed, purged, erased, again, rerun);
		}
	}

	private static void world(Jdbi jdbi, String finess, int invoices) {
		BulkWorld.of(RetentionBench.class)
			.bind("finess", finess)
			.bind("invoices", invoices)
			.bind("patients", Math.max(1, invoices / 2))
			.ledgerFile(FILE, "bench-retention", LocalDate.of(2023, 1, 10), LocalDateTime.now())
			.own("patients", "invoices", "invoice-parts", "payments", "cases", "decisions", "letters")
			.build(jdbi);
	}

}

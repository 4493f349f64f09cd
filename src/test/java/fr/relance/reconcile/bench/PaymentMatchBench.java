package fr.relance.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.relance.RelanceApplication;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.support.ids.CreditorReference;
import fr.relance.reconcile.ReconcileResult;
import fr.relance.reconcile.Reconciliation;
import fr.relance.support.ids.Finess;
import fr.relance.testworld.bulk.BulkWorld;

/**
 * Patient payment matching at scale (ops/bench/payment-match.sh): P patient payments
 * against N invoices of one establishment, reconciled as a night does, then the same
 * payments once more the next night (those left in suspense are tried again). Prints
 * seconds and payments/s. Target: 150,000 payments against 1,000,000 invoices within 15 s
 * on 2 cores. The world is made with generate_series
 * ({@code PaymentMatchBench/<name>.sql}): two invoices per patient, 5,003 last names;
 * payments citing an invoice (in full, in part, twice, too much), an RF reference
 * (printed on the invoice, or of a dunning case), only a name and an exact amount, or an
 * invoice that does not exist.
 */
public final class PaymentMatchBench {

	private static final long FILE = 900_000_101L;

	private PaymentMatchBench() {
	}

	public static void main(String[] args) throws Exception {
		int invoices = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int payments = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
		Path home = Files.createTempDirectory("relance-payment-bench");
		SpringApplication app = new SpringApplication(RelanceApplication.class);
		app.setLogStartupInfo(false);
		try (ConfigurableApplicationContext ctx = app.run("--relance.home=" + home,
				"--relance.establishments=" + home.resolve("none"), "--relance.drop=" + home.resolve("drop"),
				"--logging.level.fr.relance=WARN")) {
			Establishment e = new Establishment(Finess.withKey("75900002"), "Bench (fictive)", Sector.PRIVATE,
					List.of(), null, null, null, null, null, null, "relance-standard", "private-clinic",
					new Sftp("bench", List.of(), Optional.empty()), false);
			ctx.getBean(EstablishmentSync.class).sync(List.of(e));
			Jdbi jdbi = ctx.getBean(Jdbi.class);
			long start = System.nanoTime();
			world(jdbi, e.finess(), invoices, payments);
			System.out.printf(Locale.ROOT, "world of %,d invoices and %,d patient payments made in %.1f s%n", invoices,
					payments, (System.nanoTime() - start) / 1e9);
			Reconciliation reconciliation = ctx.getBean(Reconciliation.class);
			LocalDate night = LocalDate.of(2026, 11, 20);
			for (String which : List.of("first night", "next night")) {
				int pending = jdbi.withHandle(h -> h
					.createQuery("SELECT count(*) FROM payment WHERE finess = :f"
							+ " AND match_status IN ('unmatched', 'suspense')")
					.bind("f", e.finess())
					.mapTo(Integer.class)
					.one());
				start = System.nanoTime();
				ReconcileResult result = reconciliation.reconcile(e, night);
				double seconds = (System.nanoTime() - start) / 1e9;
				System.out.printf(Locale.ROOT, "%s: %,d payments to match against %,d invoices reconciled in %.1f s:"
						+ " %,.0f payments/s (%,d matched, %,d with a credit, %,d in suspense)  target: 15 s for"
						+ " 150,000 against 1,000,000%n", which, pending, invoices, seconds, pending / seconds,
						result.paymentsMatched(), result.paymentsWithCredit(), result.paymentsInSuspense());
				night = night.plusDays(1);
			}
		}
	}

	private static void world(Jdbi jdbi, String finess, int invoices, int payments) {
		BulkWorld.of(PaymentMatchBench.class)
			.bind("finess", finess)
			.bind("invoices", invoices)
			.bind("patients", Math.max(1, invoices / 2))
			.bind("payments", payments)
			.ledgerFile(FILE, "bench-payments", LocalDate.of(2026, 11, 19), LocalDateTime.now())
			.own("patients", "invoices", "invoice-parts", "cases", "payments")
			.then((h) -> quoteLetterReferences(h, finess))
			.build(jdbi);
	}

	/**
	 * One payment in twenty quotes the RF reference printed on a letter of its patient's
	 * dunning case instead of the invoice: a reference with check digits, made in Java.
	 */
	private static void quoteLetterReferences(Handle h, String finess) {
		List<long[]> cases = h.createQuery(BulkWorld.sql(PaymentMatchBench.class, "letter-payments"))
			.bind("finess", finess)
			.map((rs, ctx) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		PreparedBatch batch = h.prepareBatch("UPDATE payment SET reference = :r, invoice_number = NULL WHERE id = :id");
		for (long[] c : cases) {
			batch.bind("r", CreditorReference.forEstablishment(finess, c[1]).value()).bind("id", c[0]).add();
		}
		if (!cases.isEmpty()) {
			batch.execute();
		}
	}

}

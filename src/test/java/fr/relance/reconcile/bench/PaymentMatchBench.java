package fr.relance.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * Patient payment matching at scale (ops/bench/payment-match.sh): P patient payments
 * against N invoices of one establishment, reconciled as a night does, then the same
 * payments once more the next night (those left in suspense are tried again). Prints
 * seconds and payments/s. Target: 150,000 payments against 1,000,000 invoices within 15 s
 * on 2 cores. The world is made with generate_series: two invoices per patient, 5,003
 * last names; payments citing an invoice (in full, in part, twice, too much), an RF
 * reference (printed on the invoice, or of a dunning case), only a name and an exact
 * amount, or an invoice that does not exist.
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
			jdbi.useHandle(h -> world(h, e.finess(), invoices, payments));
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

	private static void world(Handle h, String finess, int invoices, int payments) {
		int patients = Math.max(1, invoices / 2);
		h.execute(
				"""
						INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
						VALUES (?, ?, 'ledger', 'bench.csv', 'bench-payments', 1, '2026-11-19', now(), 'imported')""",
				FILE, finess);
		h.execute(
				"""
						INSERT INTO patient (finess, external_id, last_name, first_name, source_file_id, source_line, updated_on)
						SELECT ?, 'P' || g, 'NOM' || (g % 5003), 'PRENOM', ?, g, '2026-11-19' FROM generate_series(1, ?) g""",
				finess, FILE, patients);
		// invoice g belongs to patient 1 + g % patients; its patient part is 10,00 to
		// 99,99
		h.execute("""
				INSERT INTO invoice (finess, invoice_number, patient_id, issue_date, due_date, total, payment_reference,
				    source_file_id, source_line, updated_on)
				SELECT ?, 'F' || lpad(g::text, 9, '0'), p.id, '2026-09-01', DATE '2026-09-01' + g % 60, 200,
				       CASE WHEN g % 10 = 0 THEN 'RFBENCH' || g END, ?, g, '2026-11-19'
				FROM generate_series(1, ?) g JOIN patient p ON p.finess = ? AND p.source_line = 1 + g % ?""", finess,
				FILE, invoices, finess, patients);
		h.execute(
				"""
						INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
						SELECT i.id, v.payer, CASE v.payer WHEN 'AMO' THEN 100 ELSE 10 + (i.source_line % 9000) / 100.0 END,
						       'open', '2026-11-19', ?, i.source_line
						FROM invoice i CROSS JOIN (VALUES ('AMO'), ('PATIENT')) v (payer)
						WHERE i.finess = ?""",
				FILE, finess);
		h.execute("""
				INSERT INTO dunning_case (finess, patient_id, opened_on)
				SELECT finess, id, '2026-11-01' FROM patient WHERE finess = ? AND source_line % 10 = 0""", finess);
		// payment g cites invoice t = 1 + (g * 6151) % invoices (the previous payment's
		// for the "twice" kind)
		h.execute("""
				INSERT INTO payment (finess, channel, paid_on, amount, reference, invoice_number, payer_name,
				    source_file_id, source_line)
				SELECT ?, 'bank_transfer', DATE '2026-11-01' + g % 19,
				       CASE WHEN k IN (8, 9) THEN round(due / 2, 2) WHEN k IN (15, 16) THEN due + 20 ELSE due END,
				       CASE WHEN k = 10 AND t % 10 = 0 THEN 'RFBENCH' || t END,
				       CASE WHEN k = 17 THEN 'F9' || lpad(g::text, 8, '0')
				            WHEN k BETWEEN 12 AND 14 OR k = 10 AND t % 10 = 0 THEN NULL
				            ELSE 'F' || lpad(t::text, 9, '0') END,
				       CASE WHEN k = 17 THEN 'INCONNU DU SERVICE' ELSE 'PRENOM NOM' || (1 + t % ?) % 5003 END,
				       ?, 100000 + g
				FROM (SELECT g, g % 20 AS k,
				             1 + ((CASE WHEN g % 20 IN (18, 19) THEN g - 1 ELSE g END)::bigint * 6151) % ? AS t
				      FROM generate_series(1, ?) g) s
				CROSS JOIN LATERAL (SELECT 10 + (t % 9000) / 100.0 AS due) d""", finess, patients, FILE, invoices,
				payments);
		// one payment in twenty quotes the RF reference printed on a letter of its
		// patient's dunning case
		List<long[]> cases = h.createQuery("""
				SELECT p.id, c.id FROM payment p
				JOIN invoice i ON i.finess = p.finess AND i.invoice_number = p.invoice_number
				JOIN dunning_case c ON c.patient_id = i.patient_id
				WHERE p.finess = :f AND p.source_line % 20 = 11""")
			.bind("f", finess)
			.map((rs, ctx) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list();
		PreparedBatch batch = h.prepareBatch("UPDATE payment SET reference = :r, invoice_number = NULL WHERE id = :id");
		for (long[] c : cases) {
			batch.bind("r", CreditorReference.forEstablishment(finess, c[1]).value()).bind("id", c[0]).add();
		}
		if (!cases.isEmpty()) {
			batch.execute();
		}
		h.execute("ANALYZE");
	}

}

package fr.relance.reconcile.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/**
 * Reconciles N payer return lines against N invoices on one establishment
 * (ops/bench/reconcile-bench.sh) and prints the time and lines/s. Target: 1,000,000 lines
 * within 60 s on 2 cores. The world is made with generate_series: 80 % paid in full, 10 %
 * partly paid, 5 % rejected to re-bill, 5 % deferred.
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
			jdbi.useHandle(h -> world(h, e.finess(), n));
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

	private static void world(org.jdbi.v3.core.Handle h, String finess, int n) {
		h.execute(
				"""
						INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
						VALUES (900000001, ?, 'ledger', 'bench.csv', 'bench', 1, '2026-11-19', now(), 'imported')""",
				finess);
		h.execute("""
				INSERT INTO patient (finess, external_id, last_name, source_file_id, source_line, updated_on)
				SELECT ?, 'P' || g, 'BENCH', 900000001, g, '2026-11-19' FROM generate_series(1, ?) g""", finess, n);
		h.execute("""
				INSERT INTO invoice (finess, invoice_number, patient_id, issue_date, due_date, total, source_file_id,
				    source_line, updated_on)
				SELECT p.finess, 'F' || lpad(substr(p.external_id, 2), 9, '0'), p.id, '2026-09-01', '2026-10-01', 100,
				       900000001, p.source_line, '2026-11-19'
				FROM patient p WHERE p.finess = ?""", finess);
		h.execute(
				"""
						INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
						SELECT i.id, v.payer, v.due, 'open', '2026-11-19', 900000001, i.source_line
						FROM invoice i CROSS JOIN (VALUES ('AMO', 70.00), ('PATIENT', 30.00)) v (payer, due)
						WHERE i.finess = ?""",
				finess);
		h.execute(
				"""
						INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
						VALUES (900000002, ?, 'noemie', 'bench.noemie', 'bench2', 1, '2026-11-20', now(), 'imported')""",
				finess);
		h.execute(
				"""
						INSERT INTO remittance (id, finess, source_file_id, source_line, payer, organisation, transfer_reference,
						    payment_date, net_amount)
						VALUES (900000001, ?, 900000002, 1, 'AMO', 'CPAM', 'VIR BENCH', '2026-11-18', 0)""",
				finess);
		h.execute("""
				INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, claimed, paid,
				    return_status, source_file_id, source_line, source_item)
				SELECT 900000001, 'invoice_return', 'AMO', lpad(g::text, 9, '0'), 70,
				       CASE WHEN g % 20 IN (0, 1) THEN 0 WHEN g % 10 = 2 THEN 35 ELSE 70 END,
				       CASE WHEN g % 20 = 0 THEN 'R' WHEN g % 20 = 1 THEN 'D' ELSE 'P' END,
				       900000002, g, 1
				FROM generate_series(1, ?) g""", n);
		h.execute(
				"""
						INSERT INTO remittance_code (remittance_line_id, code, label)
						SELECT id, 'C310', 'BENCH' FROM remittance_line WHERE remittance_id = 900000001 AND return_status = 'R'""");
		h.execute("ANALYZE");
	}

}

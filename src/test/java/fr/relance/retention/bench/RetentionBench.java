package fr.relance.retention.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
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

/**
 * The retention of closed cases at scale (ops/bench/retention-bench.sh): one private
 * clinic of N invoices, two per patient, made with generate_series. Invoices of 2023,
 * three in four settled (by the ledger or a payment of February 2023), the fourth left
 * open and time-barred since; one patient in three seen again in June 2026; a case with a
 * decision and an emitted letter for one patient in ten. On the night of 20/11/2026
 * (quiet since before 20/11/2024) it lists the closed and quiet cases, erases them, and
 * lists again (none), printing seconds of each.
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
			jdbi.useHandle(h -> world(h, e.finess(), invoices));
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

	private static void world(Handle h, String finess, int invoices) {
		int patients = Math.max(1, invoices / 2);
		h.execute(
				"""
						INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
						VALUES (?, ?, 'ledger', 'bench.csv', 'bench-retention', 1, '2023-01-10', now(), 'imported')""",
				FILE, finess);
		h.execute(
				"""
						INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone,
						    birth_date, source_file_id, source_line, updated_on)
						SELECT ?, 'P' || g, 'NOM' || (g % 5003), 'PRENOM', g || ' rue du Banc', '75015', 'PARIS', '+33612345678',
						       DATE '1950-01-01' + g % 20000, ?, g,
						       CASE WHEN g % 3 = 0 THEN DATE '2026-06-01' ELSE DATE '2023-01-10' END
						FROM generate_series(1, ?) g""",
				finess, FILE, patients);
		h.execute(
				"""
						INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
						    source_file_id, source_line, updated_on)
						SELECT ?, 'F' || lpad(g::text, 9, '0'), p.id, '2023-01-02', '2023-01-05', DATE '2023-01-05' + g % 60, 150,
						       ?, g, '2023-01-10'
						FROM generate_series(1, ?) g JOIN patient p ON p.finess = ? AND p.source_line = 1 + g % ?""",
				finess, FILE, invoices, finess, patients);
		h.execute(
				"""
						INSERT INTO invoice_part (invoice_id, payer, amount_due, source_paid, status, status_since,
						    source_file_id, source_line)
						SELECT i.id, v.payer, CASE v.payer WHEN 'AMO' THEN 100 ELSE 50 END,
						       CASE WHEN v.payer = 'AMO' OR i.source_line % 4 = 2 THEN CASE v.payer WHEN 'AMO' THEN 100 ELSE 50 END
						            ELSE 0 END,
						       CASE WHEN v.payer = 'AMO' OR i.source_line % 4 IN (1, 2) THEN 'paid' ELSE 'open' END,
						       '2023-02-01', ?, i.source_line
						FROM invoice i CROSS JOIN (VALUES ('AMO'), ('PATIENT')) v (payer)
						WHERE i.finess = ?""",
				FILE, finess);
		h.execute("""
				INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
				SELECT p.id, 50, 'payment', '2023-02-01', ?, i.source_line
				FROM invoice i JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
				WHERE i.finess = ? AND i.source_line % 4 IN (1, 3)""", FILE, finess);
		h.execute("""
				INSERT INTO dunning_case (finess, patient_id, opened_on, closed_on)
				SELECT finess, id, '2023-01-15', '2023-02-01' FROM patient WHERE finess = ? AND source_line % 10 = 0""",
				finess);
		h.execute(
				"""
						INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes, reasons,
						    arithmetic)
						SELECT id, '2023-01-15', 'ACTION', 50, 'lt150', 'v1', '{STEP_TAKEN}', 'letter to ' || id, ''
						FROM dunning_case WHERE finess = ?""",
				finess);
		h.execute(
				"""
						INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
						    balance, band, cost, expected_gain, reasons, status, emitted_on)
						SELECT id, 1, 'letter-1', 'LETTER', 'private-clinic', 'v1', '2023-01-15', 50, 'lt150', 1.77, 10,
						       'STEP_TAKEN', 'emitted', '2023-01-15'
						FROM dunning_case WHERE finess = ?""",
				finess);
		h.execute("ANALYZE");
	}

}

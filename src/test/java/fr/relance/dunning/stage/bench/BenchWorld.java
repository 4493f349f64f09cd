package fr.relance.dunning.stage.bench;

import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;

/**
 * A synthetic establishment written by set-based SQL: one patient per case (a fifth
 * without a phone, a few opted out, disputed, deceased or under guardianship), one or two
 * invoices each due 10 to 700 days before the night, each with a patient part (1 to 91
 * EUR, a few larger), an AMO part (paid, or pending for one in twenty) and, for one
 * patient part in five, a partial payment; three cases in ten already had their first
 * letter emitted 20 to 60 days ago.
 */
public final class BenchWorld {

	private static final String[] STATEMENTS = { """
			INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
			VALUES (:finess, 'Clinique du banc d''essai', 'private', 'relance-standard', 'private-clinic', now())
			""", """
			INSERT INTO source_file (id, finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
			VALUES (900000001, :finess, 'ledger', 'bench.csv', repeat('b', 64), 1, :night - 1,
			    CAST(:night - 1 AS TIMESTAMP) + INTERVAL '2 hours', 'imported')
			""", """
			INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone,
			    sms_opt_out, dispute, deceased, guardianship, source_file_id, source_line, updated_on)
			SELECT :finess, 'B' || g, 'Nom' || g, 'Prénom', g || ' rue de la Paix',
			       lpad(CAST(1 + g % 95 AS TEXT), 2, '0') || '100', 'Ville',
			       CASE WHEN g % 5 = 0 THEN NULL ELSE '06' || lpad(CAST(g % 100000000 AS TEXT), 8, '0') END,
			       g % 20 = 0, g % 50 = 0, g % 500 = 0, g % 100 = 0, 900000001, 1, :night
			FROM generate_series(1, :cases) AS g
			""",
			"""
					INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
					    source_file_id, source_line, updated_on)
					SELECT :finess, p.external_id || '-' || k, p.id, d.due, d.due, d.due, 0, 900000001, 1, :night
					FROM patient p
					CROSS JOIN LATERAL generate_series(1, CASE WHEN p.id % 3 = 0 THEN 2 ELSE 1 END) AS k
					CROSS JOIN LATERAL (SELECT CAST(:night AS DATE) - CAST(10 + (p.id * 7 + k * 13) % 700 AS INTEGER) AS due) AS d
					WHERE p.finess = :finess
					""",
			"""
					INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
					SELECT i.id, 'PATIENT',
					       CASE WHEN i.id % 25 = 0 THEN 200 + i.id % 900 ELSE 1 + (i.id * 37 % 9000) / 100.0 END,
					       'open', i.due_date, 900000001, 1
					FROM invoice i WHERE i.finess = :finess
					""",
			"""
					INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
					SELECT i.id, 'AMO', 60, CASE WHEN i.id % 20 = 0 THEN 'pending' ELSE 'paid' END, i.due_date - 5, 900000001, 1
					FROM invoice i WHERE i.finess = :finess
					""",
			"""
					INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
					SELECT p.id, round(p.amount_due / 2, 2), 'payment', p.status_since + 20, 900000001, 1
					FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id
					WHERE i.finess = :finess AND p.payer = 'PATIENT' AND p.id % 5 = 0 AND p.amount_due >= 2
					""", """
					INSERT INTO dunning_case (finess, patient_id, opened_on)
					SELECT :finess, id, CAST(:night AS DATE) - 70 FROM patient WHERE finess = :finess AND id % 10 < 3
					""",
			"""
					INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
					    balance, band, cost, expected_gain, reasons, reference, status, emitted_on)
					SELECT c.id, 1, 'first-letter', 'LETTER', 'private-clinic', 'private-clinic-2026.2',
					       CAST(:night AS DATE) - CAST(20 + c.id % 40 AS INTEGER), 50, '50to150', 1.77, 10, 'bench', 'RL-bench-' || c.id, 'emitted',
					       CAST(:night AS DATE) - CAST(20 + c.id % 40 AS INTEGER)
					FROM dunning_case c WHERE c.finess = :finess
					""",
			"ANALYZE" };

	private BenchWorld() {
	}

	public static void generate(Jdbi jdbi, String finess, LocalDate night, int cases) {
		jdbi.useHandle((h) -> {
			for (String sql : STATEMENTS) {
				h.createUpdate(sql)
					.bind("finess", finess)
					.bind("night", night)
					.bind("cases", cases)
					.configure(org.jdbi.v3.core.statement.SqlStatements.class, (c) -> c.setUnusedBindingAllowed(true))
					.execute();
			}
		});
	}

}

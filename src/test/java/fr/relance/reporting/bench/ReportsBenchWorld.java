package fr.relance.reporting.bench;

import java.time.LocalDate;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;

/**
 * The world of the reports benchmark, written by set-based SQL: {@code establishments}
 * clinics (FINESS 98000xxxx) of {@code invoices} invoices each, one patient per 1.25
 * invoices, every invoice with an AMO part, half with an AMC part and all with a patient
 * part, due 0 to 800 days before the night; insurer money already allocated to most payer
 * parts, a fifth of the patient parts half paid, three patients in ten with a case and a
 * letter emitted 20 to 60 days ago. {@link #history} is what existed before the previous
 * night; {@link #tonight} adds what tonight's files and dunning bring: NOEMIE return
 * lines on 5 % of the payer parts (a tenth rejected with a code), bank payments on 1 % of
 * the patient parts (and a few in suspense), ledger rises on 2 %, write-offs, tonight's
 * actions emitted, planned and suppressed, a decision for every case and the night's
 * calibration.
 */
final class ReportsBenchWorld {

	private static final String[] HISTORY = { """
			INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
			SELECT '98000' || lpad(CAST(e AS TEXT), 4, '0'), 'Clinique du banc ' || e, 'private', 'relance-standard',
			       'private-clinic', now()
			FROM generate_series(1, :establishments) e
			""",
			"""
					INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
					SELECT finess, 'ledger', 'ledger.csv', md5(finess || 'ledger-1') || md5(finess), 1, CAST(:night AS DATE) - 1,
					       now(), 'imported'
					FROM establishment WHERE finess LIKE '98000%'
					""",
			"""
					INSERT INTO patient (finess, external_id, last_name, source_file_id, source_line, updated_on)
					SELECT f.finess, 'P' || g, 'Nom' || g, f.id, g, :night
					FROM source_file f CROSS JOIN generate_series(1, CAST(:invoices * 4 / 5 AS INTEGER)) g
					WHERE f.finess LIKE '98000%' AND f.kind = 'ledger'
					""",
			"""
					INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
					    source_file_id, source_line, updated_on)
					SELECT f.finess, 'F' || g, p.id, d.due - 30, d.due - 30, d.due, 0, f.id, g, :night
					FROM source_file f
					CROSS JOIN generate_series(1, :invoices) g
					CROSS JOIN LATERAL (SELECT CAST(:night AS DATE) - g * 7919 % 800 AS due) d
					JOIN patient p ON p.finess = f.finess AND p.external_id = 'P' || (1 + g % CAST(:invoices * 4 / 5 AS INTEGER))
					WHERE f.finess LIKE '98000%' AND f.kind = 'ledger'
					""",
			"""
					INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
					SELECT i.id, x.payer, x.due,
					       CASE WHEN x.payer = 'PATIENT' THEN 'open' WHEN i.id % 10 = 0 THEN 'pending' ELSE 'paid' END,
					       i.due_date, i.source_file_id, i.source_line
					FROM invoice i
					CROSS JOIN LATERAL (VALUES ('AMO', 20 + i.id % 180), ('AMC', CASE WHEN i.id % 2 = 0 THEN 5 + i.id % 40 END),
					                           ('PATIENT', 1 + (i.id * 37 % 30000) / 100.0)) AS x(payer, due)
					WHERE i.finess LIKE '98000%' AND x.due IS NOT NULL
					""",
			"""
					UPDATE invoice i SET total = s.total
					FROM (SELECT invoice_id, sum(amount_due) AS total FROM invoice_part GROUP BY invoice_id) s
					WHERE s.invoice_id = i.id AND i.finess LIKE '98000%'
					""", """
					INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
					SELECT p.id, CASE WHEN p.payer = 'PATIENT' THEN round(p.amount_due / 2, 2) ELSE p.amount_due END,
					       CASE WHEN p.payer = 'PATIENT' THEN 'payment' ELSE 'remittance' END, p.status_since + 20,
					       p.source_file_id, p.source_line
					FROM invoice_part p
					JOIN invoice i ON i.id = p.invoice_id
					WHERE i.finess LIKE '98000%' AND (p.status = 'paid' OR (p.payer = 'PATIENT' AND p.id % 5 = 0))
					  AND p.amount_due >= 0.02
					""", """
					INSERT INTO dunning_case (finess, patient_id, opened_on)
					SELECT finess, id, CAST(:night AS DATE) - 70 FROM patient WHERE finess LIKE '98000%' AND id % 10 < 3
					""",
			"""
					INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
					    balance, band, cost, expected_gain, reasons, status, emitted_on)
					SELECT c.id, 1, 'first-letter', 'LETTER', 'private-clinic', 'v1', CAST(:night AS DATE) - CAST(20 + c.id % 40 AS INTEGER),
					       50, '50to150', 1.77, 10, 'bench', 'emitted', CAST(:night AS DATE) - CAST(20 + c.id % 40 AS INTEGER)
					FROM dunning_case c WHERE c.finess LIKE '98000%'
					""",
			"ANALYZE" };

	private static final String[] TONIGHT = { """
			INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
			SELECT e.finess, k.kind, k.kind, md5(e.finess || k.kind) || md5(k.kind), 1, :night, now(), 'imported'
			FROM establishment e CROSS JOIN (VALUES ('noemie'), ('bank_statement'), ('ledger')) AS k(kind)
			WHERE e.finess LIKE '98000%'
			""", """
			INSERT INTO remittance (finess, source_file_id, source_line, payer, payment_date, net_amount)
			SELECT f.finess, f.id, 0, x.payer, CAST(:night AS DATE) - 1, 0
			FROM source_file f CROSS JOIN (VALUES ('AMO'), ('AMC')) AS x(payer)
			WHERE f.finess LIKE '98000%' AND f.kind = 'noemie' AND x.payer = 'AMO'
			""", """
			INSERT INTO remittance_line (remittance_id, line_kind, payer_part, invoice_number, claimed, paid,
			    return_status, match_status, invoice_part_id, source_file_id, source_line)
			SELECT r.id, 'invoice_return', p.payer, i.invoice_number, p.amount_due,
			       CASE WHEN p.id % 10 = 0 THEN 0 ELSE p.amount_due END, CASE WHEN p.id % 10 = 0 THEN 'R' ELSE 'P' END,
			       CASE WHEN p.id % 97 = 0 THEN 'unmatched' ELSE 'matched' END, p.id, r.source_file_id, i.source_line
			FROM invoice_part p
			JOIN invoice i ON i.id = p.invoice_id
			JOIN remittance r ON r.finess = i.finess
			WHERE i.finess LIKE '98000%' AND p.payer <> 'PATIENT' AND p.id % 20 = 3
			""", """
			INSERT INTO remittance_code (remittance_line_id, code)
			SELECT id, CASE WHEN id % 3 = 0 THEN 'A12' WHEN id % 3 = 1 THEN 'C310' ELSE 'B201' END
			FROM remittance_line WHERE return_status = 'R' AND source_file_id IN
			    (SELECT id FROM source_file WHERE finess LIKE '98000%' AND run_date = :night)
			""", """
			INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, remittance_line_id)
			SELECT rl.invoice_part_id, rl.paid, 'remittance', CAST(:night AS DATE) - 1, rl.id
			FROM remittance_line rl JOIN remittance r ON r.id = rl.remittance_id
			WHERE r.finess LIKE '98000%' AND rl.match_status = 'matched' AND rl.paid <> 0
			""", """
			INSERT INTO payment (finess, channel, paid_on, amount, invoice_number, match_status, source_file_id,
			    source_line)
			SELECT i.finess, 'bank_transfer', CAST(:night AS DATE) - 1, p.amount_due,
			       i.invoice_number, CASE WHEN p.id % 50 = 0 THEN 'suspense' ELSE 'matched' END, f.id, i.source_line
			FROM invoice_part p
			JOIN invoice i ON i.id = p.invoice_id
			JOIN source_file f ON f.finess = i.finess AND f.kind = 'bank_statement' AND f.run_date = :night
			WHERE i.finess LIKE '98000%' AND p.payer = 'PATIENT' AND i.id % 100 = 7
			""", """
			INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, payment_id)
			SELECT p.id, pay.amount, 'payment', pay.paid_on, pay.id
			FROM payment pay
			JOIN invoice i ON i.finess = pay.finess AND i.invoice_number = pay.invoice_number
			JOIN invoice_part p ON p.invoice_id = i.id AND p.payer = 'PATIENT'
			WHERE pay.finess LIKE '98000%' AND pay.match_status = 'matched'
			""", """
			INSERT INTO ledger_payment (invoice_part_id, seen_on, amount, source_file_id)
			SELECT p.id, :night, round(p.amount_due / 3, 2) + 0.01, f.id
			FROM invoice_part p
			JOIN invoice i ON i.id = p.invoice_id
			JOIN source_file f ON f.finess = i.finess AND f.kind = 'ledger' AND f.run_date = :night
			WHERE i.finess LIKE '98000%' AND p.payer = 'PATIENT' AND i.id % 50 = 11
			""", """
			INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
			SELECT p.id, p.amount_due, 'write_off', :night, p.source_file_id, p.source_line
			FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id
			WHERE i.finess LIKE '98000%' AND p.payer = 'PATIENT' AND i.id % 1000 = 13 AND p.amount_due > 0
			""", """
			INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
			    balance, band, cost, expected_gain, reasons, status, status_reason, emitted_on)
			SELECT c.id, 2, x.step, x.channel, 'private-clinic', 'v1', :night, 50, '50to150', x.cost, 10, 'bench',
			       x.status, x.reason, CASE WHEN x.status = 'emitted' THEN CAST(:night AS DATE) END
			FROM dunning_case c
			CROSS JOIN LATERAL (SELECT * FROM (VALUES
			    (0, 'sms', 'SMS', 0.10, 'emitted', CAST(NULL AS TEXT)),
			    (1, 'second-letter', 'LETTER', 1.77, 'planned', NULL),
			    (2, 'second-letter', 'LETTER', 1.77, 'suppressed',
			     'suppressed on ' || CAST(:night AS DATE) || ': RECENT_PAYMENT: paid'),
			    (3, 'call', 'CALL', 4.50, 'emitted', NULL)) AS v(k, step, channel, cost, status, reason)
			    WHERE v.k = c.id % 5) x
			WHERE c.finess LIKE '98000%'
			""", """
			INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes, reasons,
			    arithmetic, cost_avoided)
			SELECT c.id, :night, CASE WHEN c.id % 200 = 0 THEN 'WRITE_OFF_PROPOSAL' WHEN c.id % 5 = 4 THEN 'WAIT'
			       ELSE 'ACT' END, 50, '50to150', 'v1', '{}', '', '', CASE WHEN c.id % 5 = 4 THEN 1.77 ELSE 0 END
			FROM dunning_case c WHERE c.finess LIKE '98000%'
			""",
			"""
					INSERT INTO dunning_calibration (finess, run_date, step_id, band, scenario_version, acted_paid, acted_unpaid,
					    control_paid, control_unpaid, prior_uplift, base_rate, credited, alpha, beta, uplift)
					SELECT e.finess, :night, s.step, '50to150', 'v1', 100, 400, 10, 90, 0.05, 0.1, 1000, 2, 8, 0.08
					FROM establishment e CROSS JOIN (VALUES ('first-letter'), ('sms'), ('call')) AS s(step)
					WHERE e.finess LIKE '98000%'
					""",
			"ANALYZE" };

	private ReportsBenchWorld() {
	}

	/** Everything up to the previous night. */
	static void history(Jdbi jdbi, int establishments, int invoices, LocalDate night) {
		run(jdbi, HISTORY, establishments, invoices, night);
	}

	/** Tonight's money, returns and dunning. */
	static void tonight(Jdbi jdbi, int establishments, int invoices, LocalDate night) {
		run(jdbi, TONIGHT, establishments, invoices, night);
	}

	private static void run(Jdbi jdbi, String[] statements, int establishments, int invoices, LocalDate night) {
		jdbi.useHandle((Handle h) -> {
			for (String sql : statements) {
				h.createUpdate(sql)
					.bind("establishments", establishments)
					.bind("invoices", invoices)
					.bind("night", night)
					.configure(SqlStatements.class, (c) -> c.setUnusedBindingAllowed(true))
					.execute();
			}
		});
	}

}

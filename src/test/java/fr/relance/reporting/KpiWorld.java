package fr.relance.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Jdbi;

/**
 * A reporting test's establishment written with plain SQL (a fresh FINESS per world): its files, patients, invoices
 * with payer parts, money (allocations, ledger rises), payer returns, cases with their actions and decisions.
 */
final class KpiWorld {

	private static final AtomicInteger NEXT = new AtomicInteger();

	final String finess;

	private final Jdbi jdbi;

	private final AtomicInteger line = new AtomicInteger();

	private KpiWorld(Jdbi jdbi, String finess) {
		this.jdbi = jdbi;
		this.finess = finess;
	}

	static KpiWorld clinic(Jdbi jdbi) {
		String finess = String.format("8%02d%06d", ProcessHandle.current().pid() % 100, NEXT.incrementAndGet());
		jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
				VALUES (:finess, 'Clinique des tests', 'private', 'relance-standard', 'private-clinic', now())
				""").bind("finess", finess).execute());
		return new KpiWorld(jdbi, finess);
	}

	/** A file received on {@code on}; returns its id. */
	long file(String kind, LocalDate on) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
				VALUES (:finess, :kind, 'f', :sha, 1, :on, now(), 'imported') RETURNING id
				""").bind("finess", this.finess).bind("kind", kind).bind("on", on)
			.bind("sha", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
			.mapTo(Long.class).one());
	}

	long patient(long file) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO patient (finess, external_id, last_name, source_file_id, source_line, updated_on)
				VALUES (:finess, :id, 'Durand', :file, :line, DATE '2030-01-01') RETURNING id
				""").bind("finess", this.finess).bind("id", "IPP" + this.line.incrementAndGet()).bind("file", file)
			.bind("line", this.line.get()).mapTo(Long.class).one());
	}

	/** An invoice issued and due on {@code due}; returns its id. */
	long invoice(long file, long patient, LocalDate due, String total) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
				    source_file_id, source_line, updated_on)
				VALUES (:finess, :number, :patient, :due, :due, :due, :total, :file, :line, :due) RETURNING id
				""").bind("finess", this.finess).bind("number", "F" + this.line.incrementAndGet())
			.bind("patient", patient).bind("due", due).bind("total", new BigDecimal(total)).bind("file", file)
			.bind("line", this.line.get()).mapTo(Long.class).one());
	}

	/** A payer part; returns its id. */
	long part(long file, long invoice, String payer, String due, String sourcePaid, String status) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO invoice_part (invoice_id, payer, amount_due, source_paid, status, status_since,
				    source_file_id, source_line)
				VALUES (:invoice, :payer, :due, :paid, :status, DATE '2030-01-01', :file, :line) RETURNING id
				""").bind("invoice", invoice).bind("payer", payer).bind("due", new BigDecimal(due))
			.bind("paid", new BigDecimal(sourcePaid)).bind("status", status).bind("file", file)
			.bind("line", this.line.incrementAndGet()).mapTo(Long.class).one());
	}

	void closeAtSource(long invoice, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("UPDATE invoice SET closed_at_source_on = :on WHERE id = :id")
			.bind("on", on).bind("id", invoice).execute());
	}

	/** An allocation of {@code kind} (payment, write_off, transfer_in...) from a file line. */
	void allocate(long file, long part, String kind, String amount, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
				VALUES (:part, :amount, :kind, :on, :file, :line)
				""").bind("part", part).bind("amount", new BigDecimal(amount)).bind("kind", kind).bind("on", on)
			.bind("file", file).bind("line", this.line.incrementAndGet()).execute());
	}

	/** A rise of the paid amount a ledger states on a patient part. */
	void ledgerRise(long file, long part, String amount, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO ledger_payment (invoice_part_id, seen_on, amount, source_file_id)
				VALUES (:part, :on, :amount, :file)
				""").bind("part", part).bind("amount", new BigDecimal(amount)).bind("on", on).bind("file", file)
			.execute());
	}

	/** A payer return line of {@code file} (status P or R) on a part, with its reject code when rejected. */
	void payerReturn(long file, long part, String payer, String claimed, String paid, char status, String code) {
		this.jdbi.useHandle((h) -> {
			long remittance = h.createQuery("""
					INSERT INTO remittance (finess, source_file_id, source_line, payer, payment_date, net_amount)
					VALUES (:finess, :file, :line, :payer, DATE '2030-01-01', :paid) RETURNING id
					""").bind("finess", this.finess).bind("file", file).bind("line", this.line.incrementAndGet())
				.bind("payer", payer).bind("paid", new BigDecimal(paid)).mapTo(Long.class).one();
			long returned = h.createQuery("""
					INSERT INTO remittance_line (remittance_id, line_kind, payer_part, claimed, paid, return_status,
					    match_status, invoice_part_id, source_file_id, source_line)
					VALUES (:remittance, 'invoice_return', :payer, :claimed, :paid, :status, 'matched', :part, :file,
					    :line) RETURNING id
					""").bind("remittance", remittance).bind("payer", payer).bind("claimed", new BigDecimal(claimed))
				.bind("paid", new BigDecimal(paid)).bind("status", String.valueOf(status)).bind("part", part)
				.bind("file", file).bind("line", this.line.incrementAndGet()).mapTo(Long.class).one();
			if (code != null) {
				h.createUpdate("INSERT INTO remittance_code (remittance_line_id, code) VALUES (:line, :code)")
					.bind("line", returned).bind("code", code).execute();
			}
		});
	}

	long openCase(long patient, LocalDate on) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO dunning_case (finess, patient_id, opened_on) VALUES (:finess, :patient, :on) RETURNING id
				""").bind("finess", this.finess).bind("patient", patient).bind("on", on).mapTo(Long.class).one());
	}

	/**
	 * An action of the case planned on {@code planned}; emitted on {@code emitted} when not null; suppressed with
	 * {@code suppressedReason} when that is not null.
	 */
	void action(long caseId, int step, String channel, String balance, String cost, LocalDate planned,
			LocalDate emitted, String suppressedReason) {
		String status = emitted != null ? "emitted" : suppressedReason != null ? "suppressed" : "planned";
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
				    balance, band, cost, expected_gain, reasons, status, status_reason, emitted_on)
				VALUES (:case, :step, :stepId, :channel, 'private-clinic', 'v1', :planned, :balance, '50to150', :cost,
				    10.00, 'STEP_TAKEN', :status, :reason, :emitted)
				""").bind("case", caseId).bind("step", step).bind("stepId", "step-" + step).bind("channel", channel)
			.bind("planned", planned).bind("balance", new BigDecimal(balance)).bind("cost", new BigDecimal(cost))
			.bind("status", status).bind("reason", suppressedReason).bind("emitted", emitted).execute());
	}

	void decision(long caseId, LocalDate on, String outcome, String balance, String costAvoided) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO dunning_decision (case_id, run_date, outcome, balance, band, scenario_version, codes,
				    reasons, arithmetic, cost_avoided)
				VALUES (:case, :on, :outcome, :balance, '50to150', 'v1', '{}', '', '', :avoided)
				""").bind("case", caseId).bind("on", on).bind("outcome", outcome)
			.bind("balance", new BigDecimal(balance)).bind("avoided", new BigDecimal(costAvoided)).execute());
	}

}

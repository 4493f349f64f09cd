package fr.relance.dunning.stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Jdbi;

/**
 * Test data written with plain SQL: an establishment of its own (a fresh FINESS per test, so tests sharing the
 * database never see each other's cases), its ledger file, patients, invoices with their payer parts, allocations.
 */
final class TestWorld {

	private static final AtomicInteger NEXT = new AtomicInteger();

	final String finess;

	private final Jdbi jdbi;

	private final long ledgerFile;

	private final AtomicInteger line = new AtomicInteger();

	private TestWorld(Jdbi jdbi, String finess, long ledgerFile) {
		this.jdbi = jdbi;
		this.finess = finess;
		this.ledgerFile = ledgerFile;
	}

	/** A private clinic (scenario private-clinic) whose last ledger was imported on {@code ledgerOn}. */
	static TestWorld clinic(Jdbi jdbi, LocalDate ledgerOn) {
		String finess = String.format("9%02d%06d", ProcessHandle.current().pid() % 100, NEXT.incrementAndGet());
		jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
				VALUES (:finess, 'Clinique de test', 'private', 'relance-standard', 'private-clinic', now())
				""").bind("finess", finess).execute());
		return new TestWorld(jdbi, finess, ledger(jdbi, finess, ledgerOn));
	}

	/** An establishment already configured (synchronised from its file) whose last ledger came on {@code ledgerOn}. */
	static TestWorld existing(Jdbi jdbi, String finess, LocalDate ledgerOn) {
		return new TestWorld(jdbi, finess, ledger(jdbi, finess, ledgerOn));
	}

	/** Another ledger imported on {@code on}: the establishment's data is fresh again. */
	void ledgerReceived(LocalDate on) {
		ledger(this.jdbi, this.finess, on);
	}

	private static long ledger(Jdbi jdbi, String finess, LocalDate on) {
		return jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
				VALUES (:finess, 'ledger', 'ledger.csv', :sha, 1, :on, :at, 'imported') RETURNING id
				""").bind("finess", finess).bind("sha", sha()).bind("on", on)
			.bind("at", on.atTime(2, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime())
			.mapTo(Long.class).one());
	}

	/** A patient with a complete Paris address and a valid mobile. */
	long patient(String externalId) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone,
				    source_file_id, source_line, updated_on)
				VALUES (:finess, :id, 'Martin', 'Anne', '12 rue des Lilas', '75011', 'Paris', '06 12 34 56 78', :file,
				    :line, DATE '2030-01-01') RETURNING id
				""").bind("finess", this.finess).bind("id", externalId).bind("file", this.ledgerFile)
			.bind("line", this.line.incrementAndGet()).mapTo(Long.class).one());
	}

	/** An invoice whose patient part of {@code patientShare} is due on {@code due}; returns the patient part id. */
	long invoice(long patientId, String number, LocalDate due, String patientShare) {
		return this.jdbi.withHandle((h) -> {
			long invoice = h.createQuery("""
					INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
					    source_file_id, source_line, updated_on)
					VALUES (:finess, :number, :patient, :due, :due, :due, :total, :file, :line, :due) RETURNING id
					""").bind("finess", this.finess).bind("number", number).bind("patient", patientId)
				.bind("due", due).bind("total", new BigDecimal(patientShare)).bind("file", this.ledgerFile)
				.bind("line", this.line.incrementAndGet()).mapTo(Long.class).one();
			return part(invoice, "PATIENT", patientShare, "open", due);
		});
	}

	/** An insurer (AMO or AMC) part of the invoice of the given patient part. */
	long insurerPart(long patientPart, String payer, String amount, String status, LocalDate since) {
		long invoice = this.jdbi.withHandle((h) -> h.createQuery("SELECT invoice_id FROM invoice_part WHERE id = :id")
			.bind("id", patientPart).mapTo(Long.class).one());
		return part(invoice, payer, amount, status, since);
	}

	/** The ledger states the invoice of this part was billed to the insurers on {@code billedOn}. */
	void billedOn(long part, LocalDate billedOn) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				UPDATE invoice SET billed_on = :billedOn WHERE id = (SELECT invoice_id FROM invoice_part WHERE id = :part)
				""").bind("billedOn", billedOn).bind("part", part).execute());
	}

	/** The insurer part was billed in a B2 lot of {@code lotDate} (its expectation applied to the part). */
	void billedThroughB2(long insurerPart, LocalDate lotDate) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				WITH b2 AS (
				    INSERT INTO b2_expectation (finess, b2_invoice_number, lot_number, lot_date_raw, lot_date,
				        expected_amo, expected_amc, expected_patient, patient_before_amc, expected_total, status,
				        invoice_id, source_file_id, source_line)
				    SELECT :finess, i.invoice_number, '001', to_char(:lotDate, 'DDMMYY'), :lotDate, p.amount_due, 0, 0, 0,
				        p.amount_due, 'applied', i.id, :file, :line
				    FROM invoice_part p JOIN invoice i ON i.id = p.invoice_id WHERE p.id = :part
				    RETURNING id)
				UPDATE invoice_part SET b2_expectation_id = (SELECT id FROM b2), expected_amount = amount_due
				WHERE id = :part
				""").bind("finess", this.finess).bind("lotDate", lotDate).bind("file", this.ledgerFile)
			.bind("line", this.line.incrementAndGet()).bind("part", insurerPart).execute());
	}

	private long part(long invoice, String payer, String amount, String status, LocalDate since) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id, source_line)
				VALUES (:invoice, :payer, :amount, :status, :since, :file, :line) RETURNING id
				""").bind("invoice", invoice).bind("payer", payer).bind("amount", new BigDecimal(amount))
			.bind("status", status).bind("since", since).bind("file", this.ledgerFile)
			.bind("line", this.line.incrementAndGet()).mapTo(Long.class).one());
	}

	/** A patient payment read from the ledger, allocated to the part on {@code on}. */
	void pay(long part, String amount, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
				VALUES (:part, :amount, 'payment', :on, :file, :line)
				""").bind("part", part).bind("amount", new BigDecimal(amount)).bind("on", on)
			.bind("file", this.ledgerFile).bind("line", this.line.incrementAndGet()).execute());
	}

	/** The output stage's part, played by hand: the case's planned actions are emitted. */
	void emitPlanned(long patientId) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				UPDATE dunning_action a SET status = 'emitted', emitted_on = a.run_date FROM dunning_case c
				WHERE c.id = a.case_id AND c.patient_id = :patient AND a.status = 'planned'
				""").bind("patient", patientId).execute());
	}

	/** A case of the patient opened on {@code on}; returns its id. */
	long openCase(long patientId, LocalDate on) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO dunning_case (finess, patient_id, opened_on) VALUES (:finess, :patient, :on) RETURNING id
				""").bind("finess", this.finess).bind("patient", patientId).bind("on", on).mapTo(Long.class).one());
	}

	/** A past first letter of the case, emitted on {@code on}, for a balance in {@code band}. */
	void emittedFirstLetter(long caseId, String band, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO dunning_action (case_id, step_number, step_id, channel, scenario, scenario_version, run_date,
				    balance, band, cost, expected_gain, reasons, status, emitted_on)
				VALUES (:case, 1, 'first-letter', 'LETTER', 'private-clinic', 'private-clinic-2026.2', :on, 80.00, :band,
				    1.77, 20.00, 'STEP_TAKEN: planted', 'emitted', :on)
				""").bind("case", caseId).bind("band", band).bind("on", on).execute());
	}

	/** A past night when the case's first letter was due but held back (a control case of the calibration). */
	void heldBackFirstLetter(long caseId, String band, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO dunning_decision (case_id, run_date, outcome, step_id, channel, balance, band,
				    scenario_version, codes, reasons, arithmetic)
				VALUES (:case, :on, 'DEFER', 'first-letter', 'LETTER', 80.00, :band, 'private-clinic-2026.2',
				    '{MISSING_CONTACT_DATA}', 'MISSING_CONTACT_DATA: planted', '')
				""").bind("case", caseId).bind("band", band).bind("on", on).execute());
	}

	private static String sha() {
		return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
	}

}

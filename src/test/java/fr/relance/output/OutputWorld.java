package fr.relance.output;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.Jdbi;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Sector;
import fr.relance.establishment.Establishment.Sftp;
import fr.relance.establishment.LetterSettings;
import fr.relance.support.ids.Finess;

/**
 * Test data for the output stage, written with plain SQL: a private clinic of its own (a fresh valid FINESS per
 * test), its configuration as its file would give it, its ledger, patients and invoices with their patient part.
 */
public final class OutputWorld {

	private static final AtomicInteger NEXT = new AtomicInteger();

	public final String finess;

	public Establishment establishment;

	private final Jdbi jdbi;

	private final long ledgerFile;

	private final AtomicInteger line = new AtomicInteger();

	private OutputWorld(Jdbi jdbi, String finess, long ledgerFile) {
		this.jdbi = jdbi;
		this.finess = finess;
		this.ledgerFile = ledgerFile;
		this.establishment = new Establishment(finess, "Clinique des Essais (fictive)", Sector.PRIVATE,
				List.of("3 rue des Essais"), "75014", "Paris", "Service facturation : 01 00 00 00 14",
				"https://paiement.example.fr/" + finess, "FR7630006000011234567890189", "AGRIFRPPXXX",
				"relance-standard", "private-clinic", new Sftp(finess, List.of(), Optional.empty()), false);
	}

	public static OutputWorld clinic(Jdbi jdbi, LocalDate ledgerOn) {
		String finess = Finess.withKey(String.format("8%02d%05d", ProcessHandle.current().pid() % 100,
				NEXT.incrementAndGet()));
		jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO establishment (finess, legal_name, sector, ledger_profile, scenario, synced_at)
				VALUES (:finess, 'Clinique des Essais (fictive)', 'private', 'relance-standard', 'private-clinic', now())
				""").bind("finess", finess).execute());
		long ledger = jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO source_file (finess, kind, original_name, sha256, size_bytes, run_date, received_at, status)
				VALUES (:finess, 'ledger', 'ledger.csv', :sha, 1, :on, :at, 'imported') RETURNING id
				""").bind("finess", finess)
			.bind("sha", (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""))
			.bind("on", ledgerOn)
			.bind("at", ledgerOn.atTime(2, 0).atZone(ZoneId.of("Europe/Paris")).toOffsetDateTime())
			.mapTo(Long.class).one());
		return new OutputWorld(jdbi, finess, ledger);
	}

	public OutputWorld letters(LetterSettings settings) {
		this.establishment = this.establishment.withLetters(settings);
		return this;
	}

	public static LetterSettings settings(boolean duplex, Integer max) {
		return new LetterSettings(List.of(), Optional.empty(), Optional.empty(), duplex,
				max == null ? OptionalInt.empty() : OptionalInt.of(max), Optional.empty());
	}

	public long patient(String externalId, String firstName, String lastName, String street, String postcode,
			String city) {
		return this.jdbi.withHandle((h) -> h.createQuery("""
				INSERT INTO patient (finess, external_id, last_name, first_name, address_line1, postcode, city, phone,
				    birth_date, source_file_id, source_line, updated_on)
				VALUES (:finess, :id, :last, :first, :street, :postcode, :city, '06 12 34 56 78', DATE '1961-07-14',
				    :file, :line, DATE '2030-01-01') RETURNING id
				""").bind("finess", this.finess).bind("id", externalId).bind("last", lastName).bind("first", firstName)
			.bind("street", street).bind("postcode", postcode).bind("city", city).bind("file", this.ledgerFile)
			.bind("line", this.line.incrementAndGet()).mapTo(Long.class).one());
	}

	/** An invoice issued on {@code issued}, due on {@code due}, whose patient part is {@code patientShare}. */
	public long invoice(long patientId, String number, LocalDate issued, LocalDate due, String patientShare) {
		return this.jdbi.withHandle((h) -> {
			long invoice = h.createQuery("""
					INSERT INTO invoice (finess, invoice_number, patient_id, care_date, issue_date, due_date, total,
					    source_file_id, source_line, updated_on)
					VALUES (:finess, :number, :patient, DATE '2026-07-01', :issued, :due, :total, :file, :line, :due)
					RETURNING id
					""").bind("finess", this.finess).bind("number", number).bind("patient", patientId)
				.bind("issued", issued).bind("due", due).bind("total", new BigDecimal(patientShare))
				.bind("file", this.ledgerFile).bind("line", this.line.incrementAndGet()).mapTo(Long.class).one();
			return h.createQuery("""
					INSERT INTO invoice_part (invoice_id, payer, amount_due, status, status_since, source_file_id,
					    source_line)
					VALUES (:invoice, 'PATIENT', :amount, 'open', :due, :file, :line) RETURNING id
					""").bind("invoice", invoice).bind("amount", new BigDecimal(patientShare)).bind("due", due)
				.bind("file", this.ledgerFile).bind("line", this.line.incrementAndGet()).mapTo(Long.class).one();
		});
	}

	/** A patient payment read from the ledger, allocated to the part on {@code on}. */
	public void pay(long part, String amount, LocalDate on) {
		this.jdbi.useHandle((h) -> h.createUpdate("""
				INSERT INTO allocation (invoice_part_id, amount, kind, allocated_on, source_file_id, source_line)
				VALUES (:part, :amount, 'payment', :on, :file, :line)
				""").bind("part", part).bind("amount", new BigDecimal(amount)).bind("on", on)
			.bind("file", this.ledgerFile).bind("line", this.line.incrementAndGet()).execute());
	}

}

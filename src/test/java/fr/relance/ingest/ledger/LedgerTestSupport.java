package fr.relance.ingest.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.testworld.World;

/**
 * For tests of later stages: an establishment with a ledger imported as a night would,
 * and read-backs of balances. Lines are in the standard profile; each has only a patient
 * part unless stated.
 */
@Component
public class LedgerTestSupport {

	public static final String HEADER = LedgerImportTests.HEADER;

	private final LedgerFixture fixture;

	private final Jdbi jdbi;

	private final DropZone dropZone;

	private int files;

	LedgerTestSupport(LedgerFixture fixture, Jdbi jdbi, DropZone dropZone) {
		this.fixture = fixture;
		this.jdbi = jdbi;
		this.dropZone = dropZone;
	}

	public Establishment establishment(String stem8, String profile) {
		return fixture.establishment(stem8, profile);
	}

	/**
	 * A standard-profile line with only a patient part of {@code patientDue}, of which
	 * {@code patientPaid} paid.
	 */
	public String line(Establishment e, String invoice, String patient, String name, String invoiceDate, String dueDate,
			String patientDue, String patientPaid) {
		return String.join(";", e.finess(), invoice, patient, name, "Claire", "3 rue des Lilas", "", "75015", "Paris",
				"06 12 34 56 78", "", "01/02/1960", invoiceDate, invoiceDate, dueDate, patientDue, "0,00", "0,00", "",
				patientDue, "0,00", "0,00", patientPaid, "") + "\r\n";
	}

	/** Drops any file (UTF-8) in the establishment's in/ folder. */
	public void drop(Establishment e, String name, String content) throws Exception {
		fixture.drop(e, name, content, StandardCharsets.UTF_8);
	}

	/** Intake then import of every file waiting, by every importer, as a night would. */
	public void night(Establishment e, LocalDate night) {
		fixture.nightAllKinds(e, night);
	}

	public void importLedger(Establishment e, LocalDate night, String content) throws Exception {
		fixture.drop(e, "ledger-" + (++files) + "-" + night + ".csv", content, StandardCharsets.UTF_8);
		fixture.night(e, night);
	}

	public record Part(BigDecimal amountDue, BigDecimal amountOpen, String status) {
	}

	public Part patientPart(Establishment e, String invoice) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT b.amount_due, b.amount_open, b.status FROM invoice_part_balance b
				JOIN invoice i ON i.id = b.invoice_id
				WHERE i.finess = :f AND i.invoice_number = :n AND b.payer = 'PATIENT'""")
			.bind("f", e.finess())
			.bind("n", invoice)
			.map((rs, ctx) -> new Part(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getString(3)))
			.one());
	}

	/**
	 * Opens a dunning case for the patient (as the dunning stage would) and returns its
	 * id.
	 */
	public long openCase(Establishment e, String patientId) {
		return World.of(jdbi, e.finess()).importedPatient(patientId).openCase(LocalDate.of(2026, 11, 1)).id();
	}

	public long allocations(Establishment e) {
		return fixture.count("""
				SELECT count(*) FROM allocation a JOIN invoice_part p ON p.id = a.invoice_part_id
				JOIN invoice i ON i.id = p.invoice_id WHERE i.finess = :f""", e);
	}

	public java.nio.file.Path outFolder(Establishment e) {
		return dropZone.out(e.finess());
	}

	public String out(Establishment e, String name) throws Exception {
		return Files.readString(dropZone.out(e.finess()).resolve(name), StandardCharsets.UTF_8);
	}

}

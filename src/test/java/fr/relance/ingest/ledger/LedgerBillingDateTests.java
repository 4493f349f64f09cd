package fr.relance.ingest.ledger;

import static fr.relance.ingest.ledger.LedgerImportTests.HEADER;
import static fr.relance.ingest.ledger.LedgerImportTests.NIGHT;
import static fr.relance.ingest.ledger.LedgerImportTests.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.HeldSnapshots;
import fr.relance.ingest.IngestProperties;

/**
 * A profile that maps the ledger's billing date: the invoice keeps it (the
 * insurer-pending window counts from it when no B2 lot date is known); a later ledger
 * that corrects it is a change like any other.
 */
@EngineTest
class LedgerBillingDateTests {

	@Autowired
	LedgerFixture fixture;

	@Autowired
	Jdbi jdbi;

	@Autowired
	DataSource dataSource;

	@Autowired
	IngestProperties settings;

	@Autowired
	HeldSnapshots held;

	@TempDir
	Path profiles;

	@Test
	void theBillingDateOfTheLedgerIsKeptOnTheInvoiceAndCorrectedByALaterLedger() throws Exception {
		String standard = Files.readString(Path.of("jobs/profiles/relance-standard.yml"), StandardCharsets.UTF_8);
		// the standard profile plus a billing-date column: intake recognises the file by
		// the standard header, the
		// import reads it with this folder's version of the profile
		Files.writeString(profiles.resolve("relance-standard.yml"),
				standard.replace("  dueDate: due_date\n", "  dueDate: due_date\n  billingDate: billed\n"));
		LedgerImporter importer = new LedgerImporter(jdbi, dataSource, new LedgerProfiles(profiles), List.of(),
				settings, held);
		Establishment e = fixture.establishment("75109951", "relance-standard");
		String header = HEADER.replace("\r\n", ";billed\r\n");

		fixture.drop(e, "monday.csv", header + billed(e, "F000051001", "05/01/2026") + billed(e, "F000051002", ""),
				StandardCharsets.UTF_8);
		fixture.night(e, NIGHT, importer);

		assertThat(billedOn(e, "F000051001")).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(billedOn(e, "F000051002")).isNull();

		fixture.drop(e, "tuesday.csv", header + billed(e, "F000051001", "12/01/2026") + billed(e, "F000051002", ""),
				StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1), importer);

		assertThat(billedOn(e, "F000051001")).isEqualTo(LocalDate.of(2026, 1, 12));
		assertThat(fixture.count(
				"SELECT count(*) FROM change_history h JOIN invoice i ON i.id = h.entity_id"
						+ " WHERE h.entity = 'invoice' AND i.finess = :f AND h.previous ->> 'billed_on' = '2026-01-05'",
				e))
			.isEqualTo(1);
	}

	private static String billed(Establishment e, String invoice, String billingDate) {
		return line(e.finess(), invoice, "P" + invoice, "BLANC", "75015", "", "02/03/2026", "100,00", "70,00", "0",
				"30,00", "0", "")
			.replace("\r\n", ";" + billingDate + "\r\n");
	}

	private LocalDate billedOn(Establishment e, String invoice) {
		return jdbi
			.withHandle(h -> h.createQuery("SELECT billed_on FROM invoice WHERE finess = :f AND invoice_number = :n")
				.bind("f", e.finess())
				.bind("n", invoice)
				.mapTo(LocalDate.class)
				.one());
	}

}

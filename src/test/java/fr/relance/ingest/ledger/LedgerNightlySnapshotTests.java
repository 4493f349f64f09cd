package fr.relance.ingest.ledger;

import static fr.relance.ingest.ledger.LedgerImportTests.HEADER;
import static fr.relance.ingest.ledger.LedgerImportTests.NIGHT;
import static fr.relance.ingest.ledger.LedgerImportTests.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ImportOutcome;

/**
 * The next night's full snapshot writes only what changed: unchanged lines leave no
 * trace.
 */
@EngineTest
class LedgerNightlySnapshotTests {

	@Autowired
	LedgerFixture fixture;

	@Autowired
	Jdbi jdbi;

	@Test
	void anUnchangedLineTouchesNothingAndAChangedOneKeepsItsHistory() throws Exception {
		Establishment e = fixture.establishment("75100011", "relance-standard");
		String f = e.finess();
		String same = line(f, "F000006001", "P1", "BRUN", "75015", "", "02/10/2026", "100,00", "70,00", "20,00",
				"10,00", "0,00", "");
		String paid = line(f, "F000006002", "P2", "BRUN", "75015", "", "02/10/2026", "40,00", "0,00", "0,00", "40,00",
				"0,00", "");
		String moved = line(f, "F000006003", "P3", "BRUN", "75015", "", "02/10/2026", "30,00", "0,00", "0,00", "30,00",
				"0,00", "");
		fixture.drop(e, "monday.csv", HEADER + same + paid + moved, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		long monday = fixture.file(e, "monday.csv").id();

		fixture.drop(e, "tuesday.csv", HEADER + same + paid.replace(";0,00;\r\n", ";15,00;\r\n")
				+ moved.replace("3 rue des Lilas", "8 rue Neuve"), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));
		long tuesday = fixture.file(e, "tuesday.csv").id();

		assertThat(history(e)).containsExactly("invoice_part F000006002 PATIENT source_paid=0.00",
				"patient P3 address_line1=3 rue des Lilas");
		assertThat(written(e)).containsExactly("invoice F000006001 " + monday + " 2026-11-20",
				"invoice F000006002 " + monday + " 2026-11-20", "invoice F000006003 " + monday + " 2026-11-20",
				"part F000006001 AMC " + monday, "part F000006001 AMO " + monday, "part F000006001 PATIENT " + monday,
				"part F000006002 PATIENT " + tuesday, "part F000006003 PATIENT " + monday,
				"patient P1 " + monday + " 2026-11-20", "patient P2 " + monday + " 2026-11-20",
				"patient P3 " + tuesday + " 2026-11-21");
		assertThat(fixture.parts(e, "F000006002").get("PATIENT").get(1)).isEqualTo(new BigDecimal("15.00"));
	}

	@Test
	void anInvoiceClosedByASnapshotThatComesBackUnchangedIsOpenAgain() throws Exception {
		Establishment e = fixture.establishment("75100012", "relance-standard");
		String f = e.finess();
		String kept = line(f, "F000007001", "P1", "GRIS", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0",
				"");
		String back = line(f, "F000007002", "P2", "GRIS", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0",
				"");
		fixture.drop(e, "monday.csv", HEADER + kept + back, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		fixture.drop(e, "tuesday.csv", HEADER + kept, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));
		assertThat(fixture.parts(e, "F000007002").get("PATIENT").get(2)).isEqualTo("closed_at_source");

		// in another order: the same bytes as monday.csv would be taken for a second copy
		// of it
		fixture.drop(e, "wednesday.csv", HEADER + back + kept, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(2));

		assertThat(fixture.invoice(e, "F000007002")).containsEntry("closed_at_source_on", null);
		assertThat(fixture.parts(e, "F000007002").get("PATIENT").get(2)).isEqualTo("open");
		assertThat(fixture.invoice(e, "F000007001")).containsEntry("updated_on", java.sql.Date.valueOf(NIGHT));
	}

	@Test
	void aPatientsDisputeFollowsTheirLinesEvenWhenTheDisputedOneIsUnchangedOrGone() throws Exception {
		Establishment e = fixture.establishment("75100021", "relance-standard");
		String f = e.finess();
		String disputed = line(f, "F000021001", "P1", "NOIR", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00",
				"0", "dispute");
		String other = line(f, "F000021002", "P1", "NOIR", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0",
				"");
		fixture.drop(e, "monday.csv", HEADER + disputed + other, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		assertThat(patientDisputed(e, "P1")).isTrue();

		// the other line changes (a payment), the disputed one is unchanged and not even
		// staged: still disputed
		fixture.drop(e, "tuesday.csv", HEADER + disputed + other.replace(";0;\r\n", ";5,00;\r\n"),
				StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(1)).note()).startsWith("snapshot, 1 lines unchanged,");
		assertThat(patientDisputed(e, "P1")).isTrue();
		assertThat(fixture.parts(e, "F000021002").get("PATIENT").get(1)).isEqualTo(new BigDecimal("5.00"));

		// the disputed invoice leaves the ledger, the other line says nothing new: the
		// patient's dispute ends
		fixture.drop(e, "wednesday.csv", HEADER + other.replace(";0;\r\n", ";5,00;\r\n"), StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(2)).note())
			.isEqualTo("snapshot, 1 lines unchanged, 1 invoices closed at source");
		assertThat(patientDisputed(e, "P1")).isFalse();
		assertThat(history(e)).contains("patient P1 address_line1=3 rue des Lilas");
	}

	@Test
	void aPatientTakesTheDetailsOfTheirLatestLineAndUnchangedInvoicesAreNotRewritten() throws Exception {
		Establishment e = fixture.establishment("75100022", "relance-standard");
		String f = e.finess();
		String first = line(f, "F000022001", "P1", "VERT", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0",
				"");
		String second = line(f, "F000022002", "P1", "VERT", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0",
				"");
		fixture.drop(e, "monday.csv", HEADER + first + second, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		// only the patient's details change, on both lines: the invoices stay as they
		// were
		fixture.drop(e, "tuesday.csv", HEADER + first.replace("3 rue des Lilas", "8 rue Neuve")
				+ second.replace("3 rue des Lilas", "8 rue Neuve"), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));
		assertThat(patientAddress(e, "P1")).isEqualTo("8 rue Neuve");
		assertThat(fixture.invoice(e, "F000022001")).containsEntry("updated_on", java.sql.Date.valueOf(NIGHT));
		assertThat(fixture.invoice(e, "F000022002")).containsEntry("updated_on", java.sql.Date.valueOf(NIGHT));

		// the same lines the next night (in other bytes): nothing to stage
		fixture.drop(e, "wednesday.csv", HEADER + first.replace("3 rue des Lilas", "8 rue Neuve")
				+ second.replace("3 rue des Lilas", "8 rue Neuve") + "\r\n", StandardCharsets.UTF_8);
		assertThat(fixture.night(e, NIGHT.plusDays(2)).note()).startsWith("snapshot, 2 lines unchanged,");

		// an export that disagrees with itself: the latest line of the patient wins, as
		// in a full comparison
		fixture.drop(e, "thursday.csv", HEADER + first.replace("3 rue des Lilas", "5 place Haute")
				+ second.replace("3 rue des Lilas", "8 rue Neuve"), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(3));
		assertThat(patientAddress(e, "P1")).isEqualTo("8 rue Neuve");
	}

	@Test
	void aSecondLineOfAnUnchangedInvoiceIsADuplicateAndAMalformedLineKeepsItsInvoiceOpen() throws Exception {
		Establishment e = fixture.establishment("75100023", "relance-standard");
		String f = e.finess();
		String a = line(f, "F000023001", "P1", "BLEU", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0", "");
		String b = line(f, "F000023002", "P2", "BLEU", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0", "");
		StringBuilder others = new StringBuilder(); // enough good lines for one bad line
													// to stay under the bad share
		for (int i = 10; i < 30; i++) {
			others.append(line(f, "F0000230" + i, "P" + i, "BLEU", "75015", "", "02/10/2026", "5,00", "0", "0", "5,00",
					"0", ""));
		}
		fixture.drop(e, "monday.csv", HEADER + a + b + others, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		fixture.drop(e, "tuesday.csv",
				HEADER + a + a.replace("10,00", "99,00") + b.replace("20,00;0;0;;20,00", "20,00;0;0;;vingt") + others,
				StandardCharsets.UTF_8);
		ImportOutcome outcome = fixture.night(e, NIGHT.plusDays(1));

		assertThat(fixture.rejects(fixture.file(e, "tuesday.csv")))
			.extracting(r -> r.get("line_number") + " " + r.get("reason_code"))
			.containsExactly("3 DUPLICATE_INVOICE_IN_FILE", "4 BAD_AMOUNT");
		assertThat(outcome.note()).isEqualTo("snapshot, 21 lines unchanged, 0 invoices closed at source");
		assertThat(fixture.parts(e, "F000023001").get("PATIENT").get(0)).isEqualTo(new BigDecimal("10.00"));
		assertThat(fixture.invoice(e, "F000023002")).containsEntry("closed_at_source_on", null);
	}

	@Test
	void aPatientWhoOwedNothingComesBackWithANewInvoiceAndTheirNewAddress() throws Exception {
		Establishment e = fixture.establishment("75100024", "relance-standard");
		String f = e.finess();
		String old = line(f, "F000024001", "P1", "ROSE", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0",
				"");
		String other = line(f, "F000024002", "P2", "ROSE", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0",
				"");
		fixture.drop(e, "monday.csv", HEADER + old + other, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		fixture.drop(e, "tuesday.csv", HEADER + other, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));

		// P1 owes nothing now, so the import does not read them beforehand: their new
		// line is staged and merged
		String comeback = line(f, "F000024003", "P1", "ROSE", "75015", "", "05/11/2026", "30,00", "0", "0", "30,00",
				"0", "dispute")
			.replace("3 rue des Lilas", "8 rue Neuve");
		fixture.drop(e, "wednesday.csv", HEADER + other + comeback, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(2));

		assertThat(patientAddress(e, "P1")).isEqualTo("8 rue Neuve");
		assertThat(patientDisputed(e, "P1")).isTrue();
		assertThat(fixture.count("SELECT count(*) FROM patient WHERE finess = :f", e)).isEqualTo(2);
		assertThat(fixture.invoice(e, "F000024001").get("closed_at_source_on")).isNotNull();
		assertThat(fixture.parts(e, "F000024003").get("PATIENT").get(2)).isEqualTo("open");
	}

	private boolean patientDisputed(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("SELECT dispute FROM patient WHERE finess = :f AND external_id = :p")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(Boolean.class)
			.one());
	}

	private String patientAddress(Establishment e, String patient) {
		return jdbi
			.withHandle(h -> h.createQuery("SELECT address_line1 FROM patient WHERE finess = :f AND external_id = :p")
				.bind("f", e.finess())
				.bind("p", patient)
				.mapTo(String.class)
				.one());
	}

	/**
	 * What change_history keeps for this establishment, one line per previous version.
	 */
	private List<String> history(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT 'invoice_part ' || i.invoice_number || ' ' || ip.payer || ' source_paid='
				       || (c.previous ->> 'source_paid') AS entry
				FROM change_history c JOIN invoice_part ip ON ip.id = c.entity_id JOIN invoice i ON i.id = ip.invoice_id
				WHERE c.entity = 'invoice_part' AND i.finess = :f
				UNION ALL
				SELECT 'invoice ' || i.invoice_number FROM change_history c JOIN invoice i ON i.id = c.entity_id
				WHERE c.entity = 'invoice' AND i.finess = :f
				UNION ALL
				SELECT 'patient ' || p.external_id || ' address_line1=' || (c.previous ->> 'address_line1')
				FROM change_history c JOIN patient p ON p.id = c.entity_id
				WHERE c.entity = 'patient' AND p.finess = :f
				ORDER BY 1""").bind("f", e.finess()).mapTo(String.class).list());
	}

	/** Which file last wrote each row (and when, for the rows that record it). */
	private List<String> written(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT 'invoice ' || invoice_number || ' ' || source_file_id || ' ' || updated_on FROM invoice
				WHERE finess = :f
				UNION ALL
				SELECT 'part ' || i.invoice_number || ' ' || ip.payer || ' ' || ip.source_file_id
				FROM invoice_part ip JOIN invoice i ON i.id = ip.invoice_id WHERE i.finess = :f
				UNION ALL
				SELECT 'patient ' || external_id || ' ' || source_file_id || ' ' || updated_on FROM patient
				WHERE finess = :f
				ORDER BY 1""").bind("f", e.finess()).mapTo(String.class).list());
	}

}

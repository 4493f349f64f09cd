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

/** The next night's full snapshot writes only what changed: unchanged lines leave no trace. */
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
		String same = line(f, "F000006001", "P1", "BRUN", "75015", "", "02/10/2026", "100,00", "70,00", "20,00", "10,00",
				"0,00", "");
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
		assertThat(written(e)).containsExactly(
				"invoice F000006001 " + monday + " 2026-11-20", "invoice F000006002 " + monday + " 2026-11-20",
				"invoice F000006003 " + monday + " 2026-11-20",
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
		String kept = line(f, "F000007001", "P1", "GRIS", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0", "");
		String back = line(f, "F000007002", "P2", "GRIS", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0", "");
		fixture.drop(e, "monday.csv", HEADER + kept + back, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		fixture.drop(e, "tuesday.csv", HEADER + kept, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));
		assertThat(fixture.parts(e, "F000007002").get("PATIENT").get(2)).isEqualTo("closed_at_source");

		// in another order: the same bytes as monday.csv would be taken for a second copy of it
		fixture.drop(e, "wednesday.csv", HEADER + back + kept, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(2));

		assertThat(fixture.invoice(e, "F000007002")).containsEntry("closed_at_source_on", null);
		assertThat(fixture.parts(e, "F000007002").get("PATIENT").get(2)).isEqualTo("open");
		assertThat(fixture.invoice(e, "F000007001")).containsEntry("updated_on", java.sql.Date.valueOf(NIGHT));
	}

	/** What change_history keeps for this establishment, one line per previous version. */
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

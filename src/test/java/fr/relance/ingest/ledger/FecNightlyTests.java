package fr.relance.ingest.ledger;

import static fr.relance.ingest.ledger.LedgerImportTests.NIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;

/**
 * A FEC is staged whole (its invoices are sums of entries): the merge finds its patients
 * and changes from the stage.
 */
@EngineTest
class FecNightlyTests {

	static final String HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
			+ "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\tValidDate\t"
			+ "Montantdevise\tIdevise\r\n";

	@Autowired
	LedgerFixture fixture;

	static String entry(String journal, String number, String date, String patient, String label, String invoice,
			String debit, String credit, String lettering) {
		return String.join("\t", journal, journal.equals("VT") ? "Ventes" : "Banque", number, date, "411000", "Clients",
				patient, label, invoice, date, "Facture " + invoice, debit, credit, lettering,
				lettering.isEmpty() ? "" : date, date, "", "") + "\r\n";
	}

	@Test
	void aFecDroppedAgainWithAPaymentUpdatesTheInvoiceOnceAndKeepsThePatient() throws Exception {
		Establishment e = fixture.establishment("75100031", "relance-standard");
		String sales = entry("VT", "VT1", "20261002", "P31001", "NOIR Jeanne", "F031001", "40,00", "0,00", "")
				+ entry("VT", "VT2", "20261003", "P31002", "BLANC Paul", "F031002", "25,00", "0,00", "");
		fixture.drop(e, "fec-monday.txt", HEADER + sales, StandardCharsets.UTF_8);
		fixture.nightAllKinds(e, NIGHT);
		assertThat(fixture.parts(e, "F031001").get("PATIENT"))
			.isEqualTo(List.of(new BigDecimal("40.00"), new BigDecimal("0.00"), "open"));

		String payment = entry("BQ", "BQ1", "20261010", "P31001", "NOIR Jeanne", "F031001", "0,00", "40,00", "AA");
		fixture.drop(e, "fec-tuesday.txt", HEADER + sales + payment, StandardCharsets.UTF_8);
		fixture.nightAllKinds(e, NIGHT.plusDays(1));

		assertThat(fixture.parts(e, "F031001").get("PATIENT"))
			.isEqualTo(List.of(new BigDecimal("40.00"), new BigDecimal("40.00"), "paid"));
		assertThat(fixture.parts(e, "F031002").get("PATIENT").get(2)).isEqualTo("open");
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isEqualTo(2);
		assertThat(fixture.count(
				"SELECT count(*) FROM patient WHERE finess = :f AND last_name = 'NOIR' " + "AND first_name = 'Jeanne'",
				e))
			.isEqualTo(1);
		// the invoice a payment changed has one previous version; the other was not
		// written again
		assertThat(fixture.count(
				"SELECT count(*) FROM change_history c JOIN invoice_part ip ON ip.id = c.entity_id "
						+ "JOIN invoice i ON i.id = ip.invoice_id WHERE c.entity = 'invoice_part' AND i.finess = :f",
				e))
			.isEqualTo(1);
		assertThat(fixture.invoice(e, "F031002")).containsEntry("updated_on", java.sql.Date.valueOf(NIGHT));
	}

	@Test
	void aLargeFecWithMoreThanAThousandBadEntriesUnderTheShareGoesInWithEveryReject() throws Exception {
		Establishment e = fixture.establishment("75100032", "relance-standard");
		StringBuilder fec = new StringBuilder(HEADER);
		for (int i = 0; i < 12_000; i++) {
			fec.append(entry("VT", "VT" + i, "20261002", "P32" + (i % 4000), "GRIS Anne", String.format("F032%06d", i),
					i % 11 == 0 ? "douze" : "12,00", "0,00", ""));
		}
		fixture.drop(e, "fec-large.txt", fec.toString(), StandardCharsets.UTF_8);

		fixture.nightAllKinds(e, NIGHT);

		assertThat(fixture.rejects(fixture.file(e, "fec-large.txt"))).hasSize(1091);
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isEqualTo(12_000 - 1091);
	}

}

package fr.relance.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.SourceFile;

/**
 * Ledger lines: each defect gives its documented reject, the rest of the file goes in.
 */
@EngineTest
class LedgerImportTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final String HEADER = "finess;invoice_number;patient_id;last_name;first_name;address_line1;address_line2;"
			+ "postcode;city;phone;email;birth_date;care_date;invoice_date;due_date;total;amo_due;amc_due;amc_org;"
			+ "patient_due;amo_paid;amc_paid;patient_paid;flags\r\n";

	@Autowired
	LedgerFixture fixture;

	static String line(String finess, String invoice, String patient, String name, String postcode, String phone,
			String care, String total, String amo, String amc, String patientDue, String patientPaid, String flags) {
		return String.join(";", finess, invoice, patient, name, "Jeanne", "3 rue des Lilas", "", postcode, "Paris",
				phone, "", "01/02/1960", care, care, "", total, amo, amc, "", patientDue, amo, amc, patientPaid, flags)
				+ "\r\n";
	}

	@Test
	void importsValidLinesWithTheirPartsAndPaidAmounts() throws Exception {
		Establishment e = fixture.establishment("75100001", "relance-standard");
		String f = e.finess();
		fixture.drop(e, "ledger.csv",
				HEADER + line(f, "F000000001", "P1", "MARTIN", "75015", "06 12 34 56 78", "02/10/2026", "100,00",
						"70,00", "20,00", "10,00", "4,00", "")
						+ line(f, "F000000002", "P1", "MARTIN", "75015", "06 12 34 56 78", "03/10/2026", "35,50",
								"0,00", "0,00", "35,50", "35,50", "dispute"),
				StandardCharsets.UTF_8);

		ImportOutcome outcome = fixture.night(e, NIGHT);

		assertThat(outcome.rowsRead()).isEqualTo(2);
		assertThat(outcome.rowsImported()).isEqualTo(2);
		assertThat(fixture.parts(e, "F000000001"))
			.isEqualTo(Map.of("AMO", List.of(new BigDecimal("70.00"), new BigDecimal("70.00"), "paid"), "AMC",
					List.of(new BigDecimal("20.00"), new BigDecimal("20.00"), "paid"), "PATIENT",
					List.of(new BigDecimal("10.00"), new BigDecimal("4.00"), "open")));
		assertThat(fixture.parts(e, "F000000002")).containsOnlyKeys("PATIENT");
		assertThat(fixture.invoice(e, "F000000002")).containsEntry("disputed", true);
		assertThat(fixture.count("SELECT count(*) FROM patient WHERE finess = :f AND phone = '+33612345678'", e))
			.isEqualTo(1);
		assertThat(fixture.file(e, "ledger.csv").status()).isEqualTo("imported");
	}

	@Test
	void rejectsEachBadLineWithItsReasonAndImportsTheRest() throws Exception {
		Establishment e = fixture.establishment("75100002", "relance-standard");
		String f = e.finess();
		StringBuilder file = new StringBuilder(HEADER);
		file.append(
				line(f, "F000000010", "P1", "DURAND", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0", "")); // 2
																														// ok
		file.append(line(f, "", "P2", "DURAND", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0", "")); // 3
		file.append(line(f, "F000000012", "P3", "DURAND", "75015", "", "02/10/2026", "10,00", "5,00", "0", "4,00", "0",
				"")); // 4
		file.append(line(f, "F000000013", "P4", "DURAND", "75015", "", "02/10/2026", "-10,00", "0", "0", "-10,00", "0",
				"")); // 5
		file.append(
				line(f, "F000000014", "P5", "DURAND", "75015", "", "31/02/2026", "10,00", "0", "0", "10,00", "0", "")); // 6
		file.append(
				line(f, "F000000015", "P6", "DURAND", "75015", "", "02/12/2026", "10,00", "0", "0", "10,00", "0", "")); // 7
		file.append(
				line(f, "F000000016", "P7", "DURAND", "7501", "", "02/10/2026", "10,00", "0", "0", "10,00", "0", "")); // 8
		file.append(line(f, "F000000017", "P8", "DURAND", "75015", "12 34", "02/10/2026", "10,00", "0", "0", "10,00",
				"0", "")); // 9
		file.append(line(f, "F000000018", "P9", "DURAND", "75015", "", "02/10/2026", "9999999,00", "0", "0",
				"9999999,00", "0", "")); // 10
		file.append(
				line(f, "F000000010", "P1", "DURAND", "75015", "", "02/10/2026", "12,00", "0", "0", "12,00", "0", "")); // 11
		for (int i = 0; i < 80; i++) { // enough good lines to stay under the bad-row
										// threshold
			file.append(line(f, "F0000001" + (20 + i), "Q" + i, "PETIT", "75015", "", "02/10/2026", "5,00", "0", "0",
					"5,00", "0", ""));
		}
		fixture.drop(e, "defects.csv", file.toString(), StandardCharsets.UTF_8);

		ImportOutcome outcome = fixture.night(e, NIGHT);

		SourceFile imported = fixture.file(e, "defects.csv");
		assertThat(imported.status()).isEqualTo("partially_imported");
		assertThat(fixture.rejects(imported))
			.extracting(r -> r.get("line_number") + " " + r.get("field") + " " + r.get("reason_code"))
			.containsExactly("3 invoiceNumber MISSING_INVOICE_NUMBER", "4 total PARTS_DO_NOT_ADD_UP",
					"5 total NEGATIVE_AMOUNT", "5 patientDue NEGATIVE_AMOUNT", "6 careDate BAD_DATE",
					"6 invoiceDate BAD_DATE", "7 careDate CARE_DATE_IN_FUTURE", "8 postcode INVALID_POSTCODE",
					"9 phone INVALID_PHONE", "10 total ABSURD_AMOUNT", "10 patientDue ABSURD_AMOUNT",
					"11 invoiceNumber DUPLICATE_INVOICE_IN_FILE");
		// rows with a bad postcode or phone are imported without that field
		assertThat(fixture.invoice(e, "F000000016")).isNotNull();
		assertThat(fixture.invoice(e, "F000000017")).isNotNull();
		assertThat(fixture.invoice(e, "F000000012")).isNull();
		assertThat(fixture.parts(e, "F000000010").get("PATIENT").get(0)).isEqualTo(new BigDecimal("10.00"));
		assertThat(outcome.rowsRejected()).isEqualTo(7);
		String report = Files.readString(java.nio.file.Path.of(imported.errorReportPath()), StandardCharsets.UTF_8);
		assertThat(report).contains("defects.csv;9;phone;***34;INVALID_PHONE;Numéro de téléphone invalide : ignoré.");
	}

	@Test
	void refusesTheWholeFileWhenTooManyLinesAreBad() throws Exception {
		Establishment e = fixture.establishment("75100003", "relance-standard");
		String f = e.finess();
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 10; i++) {
			String total = i < 3 ? "abc" : "5,00";
			file.append(line(f, "F00000100" + i, "P" + i, "BLANC", "75015", "", "02/10/2026", total, "0", "0", "5,00",
					"0", ""));
		}
		fixture.drop(e, "broken.csv", file.toString(), StandardCharsets.UTF_8);

		ImportOutcome outcome = fixture.night(e, NIGHT);

		assertThat(outcome).isNull();
		SourceFile refused = fixture.file(e, "broken.csv");
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("TOO_MANY_BAD_ROWS");
		assertThat(refused.stored()).exists();
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isZero();
		assertThat(Files.readString(java.nio.file.Path.of(refused.errorReportPath()), StandardCharsets.UTF_8)).contains(
				"TOO_MANY_BAD_ROWS", "3 lignes sur 10 sont invalides (30 %)", "broken.csv;2;total;abc;BAD_AMOUNT");
	}

	@Test
	void quarantinesAFileWithAWrongHeaderOrAWrongCharset() throws Exception {
		Establishment e = fixture.establishment("75100004", "relance-standard");
		fixture.drop(e, "renamed-columns.csv",
				HEADER.replace("patient_due", "reste_a_charge").replace("total", "montant"), StandardCharsets.UTF_8);
		fixture.drop(e, "latin1.csv", HEADER + line(e.finess(), "F000002001", "P1", "LEFÈVRE", "75015", "",
				"02/10/2026", "5,00", "0", "0", "5,00", "0", ""), Charset.forName("windows-1252"));

		fixture.night(e, NIGHT);

		assertThat(fixture.file(e, "renamed-columns.csv").reasonCode()).isEqualTo("WRONG_HEADER");
		assertThat(fixture.file(e, "renamed-columns.csv").statusReason())
			.contains("colonnes absentes : total, patient_due");
		assertThat(fixture.file(e, "latin1.csv").reasonCode()).isEqualTo("WRONG_CHARSET");
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isZero();
	}

	@Test
	void aSnapshotClosesTheInvoicesItNoLongerListsAndKeepsTheirHistory() throws Exception {
		Establishment e = fixture.establishment("75100005", "relance-standard");
		String f = e.finess();
		String a = line(f, "F000003001", "P1", "ROUX", "75015", "", "02/10/2026", "10,00", "0", "0", "10,00", "0", "");
		String b = line(f, "F000003002", "P2", "ROUX", "75015", "", "02/10/2026", "20,00", "0", "0", "20,00", "0", "");
		String c = line(f, "F000003003", "P3", "ROUX", "75015", "", "02/10/2026", "30,00", "0", "0", "30,00", "0", "");
		fixture.drop(e, "monday.csv", HEADER + a + b + c, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		fixture.drop(e, "tuesday.csv", HEADER + a + c.replace("30,00", "25,00"), StandardCharsets.UTF_8);
		ImportOutcome outcome = fixture.night(e, NIGHT.plusDays(1));

		// line a says nothing new: it is recognised while the file is read, and neither
		// staged nor written
		assertThat(outcome.note()).isEqualTo("snapshot, 1 lines unchanged, 1 invoices closed at source");
		assertThat(fixture.invoice(e, "F000003002")).containsEntry("closed_at_source_on",
				java.sql.Date.valueOf(NIGHT.plusDays(1)));
		assertThat((String) fixture.invoice(e, "F000003002").get("closed_reason"))
			.contains("absente de l'export complet tuesday.csv");
		assertThat(fixture.parts(e, "F000003002").get("PATIENT").get(2)).isEqualTo("closed_at_source");
		// the corrected invoice keeps one row, with its previous amount in the history
		assertThat(fixture.parts(e, "F000003003").get("PATIENT").get(0)).isEqualTo(new BigDecimal("25.00"));
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isEqualTo(3);
		assertThat(fixture.count("""
				SELECT count(*) FROM change_history h JOIN invoice i ON i.id = h.entity_id
				WHERE h.entity = 'invoice' AND i.finess = :f AND h.previous ->> 'total' = '30.00'""", e)).isEqualTo(1);
	}

	@Test
	void aDeltaCorrectsOneInvoiceAndLeavesTheOthers() throws Exception {
		Establishment e = fixture.establishment("75100006", "positional-utf8");
		String f = e.finess();
		String first = f
				+ ",F000004001,P1,NOIR,Anne,1 rue A,,75015,Paris,,,1970-01-01,2026-10-02,2026-10-03,,40.00,30.00,0.00,,10.00,30.00,0.00,0.00,\n";
		String second = f
				+ ",F000004002,P2,NOIR,Paul,1 rue A,,75015,Paris,,,1970-01-01,2026-10-02,2026-10-03,,50.00,0.00,0.00,,50.00,0.00,0.00,0.00,\n";
		fixture.drop(e, "d1.csv", "\uFEFF" + first + second, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);

		fixture.drop(e, "d2.csv", first.replace("0.00,\n", "6.00,\n"), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));

		assertThat(fixture.parts(e, "F000004001").get("PATIENT")).containsExactly(new BigDecimal("10.00"),
				new BigDecimal("6.00"), "open");
		assertThat(fixture.invoice(e, "F000004002").get("closed_at_source_on")).isNull();
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isEqualTo(2);
	}

	@Test
	void theSameContentUnderAnotherNameChangesNothing() throws Exception {
		Establishment e = fixture.establishment("75100007", "relance-standard");
		String content = HEADER + line(e.finess(), "F000005001", "P1", "VERT", "75015", "", "02/10/2026", "10,00", "0",
				"0", "10,00", "0", "");
		fixture.drop(e, "one.csv", content, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT);
		long history = fixture
			.count("SELECT count(*) FROM change_history h JOIN patient p ON p.id = h.entity_id WHERE p.finess = :f", e);

		fixture.drop(e, "one-again.csv", content, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1));

		assertThat(fixture.file(e, "one-again.csv").status()).isEqualTo("duplicate");
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isEqualTo(1);
		assertThat(fixture
			.count("SELECT count(*) FROM change_history h JOIN patient p ON p.id = h.entity_id WHERE p.finess = :f", e))
			.isEqualTo(history);
	}

	@Test
	void aLargeFileWithMoreThanAThousandBadLinesUnderTheShareGoesInWithEveryReject() throws Exception {
		Establishment e = fixture.establishment("75100041", "relance-standard");
		String f = e.finess();
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 0; i < 12_000; i++) {
			String amount = i % 11 == 0 ? "douze" : "12,00";
			file.append(line(f, String.format("F41%07d", i), "P" + (i % 5000), "GRIS", "75015", "", "02/10/2026",
					amount, "0", "0", "12,00", "0", ""));
		}
		fixture.drop(e, "large.csv", file.toString(), StandardCharsets.UTF_8);

		ImportOutcome outcome = fixture.night(e, NIGHT);

		assertThat(outcome.rowsRejected()).isEqualTo(1091);
		assertThat(fixture.rejects(fixture.file(e, "large.csv"))).hasSize(1091);
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", e)).isEqualTo(12_000 - 1091);
	}

}

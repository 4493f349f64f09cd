package fr.relance.ingest.patients;

import static fr.relance.ingest.patients.AdtMessages.address;
import static fr.relance.ingest.patients.AdtMessages.phones;
import static fr.relance.ingest.patients.AdtMessages.update;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.ingest.ledger.LedgerTestSupport;
import fr.relance.intake.DropZone;
import fr.relance.output.OutputNight;
import fr.relance.output.Pdfs;

/**
 * The HL7 ADT feed through intake and the night's imports, as an establishment would drop
 * it: updates of contact data, which source wins, deceased patients, malformed messages
 * in a batch, and the national identifier that must never be kept.
 */
@EngineTest
@ExtendWith(OutputCaptureExtension.class)
class AdtFeedTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	EstablishmentSync sync;

	@Autowired
	DunningNight dunning;

	@Autowired
	OutputNight output;

	@Autowired
	Jdbi jdbi;

	@Autowired
	DropZone dropZone;

	private Establishment clinic(String stem8) {
		Establishment e = AdtMessages.establishment(stem8);
		sync.sync(List.of(e));
		return e;
	}

	/**
	 * Ledger lines of 400 euros due since October, at 3 rue des Lilas, 75015 Paris, phone
	 * 06 12 34 56 78.
	 */
	private String ledger(Establishment e, String... patients) {
		StringBuilder file = new StringBuilder(LedgerTestSupport.HEADER);
		int n = 0;
		for (String patient : patients) {
			file.append(ledgers.line(e, "F0000001" + (10 + n++), patient, "BLANC", "01/09/2026", "01/10/2026", "400,00",
					"0,00"));
		}
		return file.toString();
	}

	private Map<String, Object> patient(Establishment e, String ipp) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT address_line1, postcode, city, phone, mobile, email, deceased, deceased_on, address_source,
				       phone_source, mobile_source
				FROM patient WHERE finess = :f AND external_id = :p""")
			.bind("f", e.finess())
			.bind("p", ipp)
			.mapToMap()
			.one());
	}

	@Test
	void anA08AddressChangeUpdatesThePatientAndTheNextLetter() throws Exception {
		Establishment e = clinic("75109971");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001", "IPP002"));
		ledgers.drop(e, "adt-20261120.hl7",
				update("A08", "20261120063000", "IPP001", address("8 avenue des Champs", "69003", "Lyon"),
						phones("0478123456", "0698765432", "jeanne@example.fr"), "", ""));

		ledgers.night(e, NIGHT);

		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "8 avenue des Champs")
			.containsEntry("postcode", "69003")
			.containsEntry("city", "Lyon")
			.containsEntry("phone", "+33478123456")
			.containsEntry("mobile", "+33698765432")
			.containsEntry("email", "jeanne@example.fr")
			.containsEntry("address_source", "adt")
			.containsEntry("mobile_source", "adt");
		assertThat(patient(e, "IPP002")).containsEntry("address_line1", "3 rue des Lilas")
			.containsEntry("address_source", "ledger");
		dunning.decide(e.finess(), NIGHT);
		output.emit(e, NIGHT);
		Path letters = Path.of(text(e, """
				SELECT b.file_path FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id JOIN output_batch b ON b.id = a.output_batch_id
				WHERE p.finess = :f AND p.external_id = 'IPP001' AND a.status = 'emitted'"""));
		String text = Pdfs.text(letters);
		assertThat(text).contains("8 avenue des Champs", "69003 LYON");
	}

	@Test
	void aStaleMessageAndAnOlderLedgerAddressChangeNothing() throws Exception {
		Establishment e = clinic("75109972");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001", "IPP002"));
		// IPP001 moves tonight; IPP002's message is from before the ledger the engine
		// holds
		ledgers.drop(e, "adt-1.hl7",
				update("A31", "20261120063000", "IPP001", address("8 avenue des Champs", "69003", "Lyon"), "", "", "")
						+ update("A08", "20261101090000", "IPP002", address("1 place Ancienne", "13001", "Marseille"),
								"", "", ""));
		ledgers.night(e, NIGHT);
		assertThat(patient(e, "IPP002")).containsEntry("address_line1", "3 rue des Lilas");
		// an older message for IPP001 that arrives later changes nothing either
		ledgers.drop(e, "adt-2.hl7",
				update("A08", "20261119120000", "IPP001", address("5 rue du Passé", "75011", "Paris"), "", "", ""));
		ledgers.night(e, NIGHT.plusDays(1));
		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "8 avenue des Champs");

		// the next ledger still carries the old address, and a new phone for IPP001: the
		// phone is news, the address
		// is what the ledger said before the patient moved
		String next = ledger(e, "IPP001", "IPP002").replace("06 12 34 56 78", "01 45 67 89 01");
		ledgers.importLedger(e, NIGHT.plusDays(2), next);

		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "8 avenue des Champs")
			.containsEntry("city", "Lyon")
			.containsEntry("address_source", "adt")
			.containsEntry("phone", "+33145678901")
			.containsEntry("phone_source", "ledger");

		// when the ledger itself brings a new address, on a later night, it is the newer
		// fact
		ledgers.importLedger(e, NIGHT.plusDays(3), next.replace("3 rue des Lilas", "9 rue Nouvelle"));
		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "9 rue Nouvelle")
			.containsEntry("address_source", "ledger");
	}

	@Test
	void eachMessageIsReadInTheCharsetItsMsh18Names() throws Exception {
		Establishment e = clinic("75109978");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001", "IPP002"));
		byte[] latin = update("A08", "20261120063000", "IPP001", address("2 rue de l'Épée", "92100", "Boulogne"), "",
				"", "")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] utf8 = update("A08", "20261120063000", "IPP002", address("5 allée Çà et Là", "75011", "Paris"), "", "",
				"")
			.replace("|8859/1\r", "|UNICODE UTF-8\r")
			.getBytes(StandardCharsets.UTF_8);
		byte[] both = new byte[latin.length + utf8.length];
		System.arraycopy(latin, 0, both, 0, latin.length);
		System.arraycopy(utf8, 0, both, latin.length, utf8.length);
		dropZone.prepare(e.finess());
		Files.write(dropZone.in(e.finess()).resolve("mixed.hl7"), both);

		ledgers.night(e, NIGHT);

		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "2 rue de l'Épée");
		assertThat(patient(e, "IPP002")).containsEntry("address_line1", "5 allée Çà et Là");
	}

	@Test
	void anEmptyFieldIsNotSentAndTheHl7NullDeletes() throws Exception {
		Establishment e = clinic("75109973");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001"));
		ledgers.drop(e, "adt.hl7", update("A08", "20261120063000", "IPP001", "",
				"^PRN^CP^^^^^^^^^\"\"~^NET^Internet^jeanne@example.fr", "", ""));

		ledgers.night(e, NIGHT);

		// no address sent: kept; the mobile deleted; the e-mail set
		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "3 rue des Lilas")
			.containsEntry("phone", "+33612345678")
			.containsEntry("mobile", null)
			.containsEntry("email", "jeanne@example.fr");
	}

	@Test
	void aDeceasedMessageStopsEveryChannelThatNight() throws Exception {
		Establishment e = clinic("75109974");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001"));
		dunning.decide(e.finess(), NIGHT);
		assertThat(planned(e, "IPP001")).containsExactly("first-letter");

		ledgers.drop(e, "adt.hl7", update("A08", "20261121070000", "IPP001", "", "", "20261119", "Y"));
		ledgers.night(e, NIGHT.plusDays(1));
		dunning.decide(e.finess(), NIGHT.plusDays(1));
		output.emit(e, NIGHT.plusDays(1));

		assertThat(patient(e, "IPP001")).containsEntry("deceased", true)
			.containsEntry("deceased_on", java.sql.Date.valueOf(LocalDate.of(2026, 11, 19)));
		assertThat(planned(e, "IPP001")).isEmpty();
		assertThat(text(e, """
				SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND a.status = 'emitted'""")).isEqualTo("0");
		assertThat(text(e, """
				SELECT d.outcome || ' ' || array_to_string(d.codes, ' ') FROM dunning_decision d
				JOIN dunning_case c ON c.id = d.case_id JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND d.run_date = DATE '2026-11-21' ORDER BY d.id DESC LIMIT 1"""))
			.contains("DECEASED");
		// the next ledger, which does not flag the death, does not bring the patient back
		// to life
		ledgers.importLedger(e, NIGHT.plusDays(2), ledger(e, "IPP001").replace("06 12 34 56 78", "01 45 67 89 01"));
		assertThat(patient(e, "IPP001")).containsEntry("deceased", true);
	}

	@Test
	void aBatchWithOneMalformedMessageAppliesTheOthersAndReportsItBySegmentAndField() throws Exception {
		Establishment e = clinic("75109975");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001", "IPP002", "IPP003"));
		String batch = "\u000BFHS|^~\\&|PAS|CLINTEST\r\nBHS|^~\\&|PAS|CLINTEST\r\n"
				+ update("A08", "20261120063000", "IPP001", address("1 rue Un", "75001", "Paris"), "", "", "")
				+ update("A08", "20261120063000", "IPP002", "", "", "2026-13-45", "Y")
				+ update("A31", "20261120063000", "IPP003", address("3 rue Trois", "75003", "Paris"), "", "", "")
				+ update("A08", "20261120063000", "IPP404", address("4 rue Quatre", "75004", "Paris"), "", "", "")
				+ "BTS|4\r\nFTS|1\r\n\u001C\r";
		ledgers.drop(e, "batch.hl7", batch.replace("\r", "\r\n").replace("\r\n\n", "\r\n"));

		ledgers.night(e, NIGHT);

		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "1 rue Un");
		assertThat(patient(e, "IPP003")).containsEntry("address_line1", "3 rue Trois");
		assertThat(patient(e, "IPP002")).containsEntry("deceased", false);
		// the unknown patient is not created
		assertThat(text(e, "SELECT count(*) FROM patient WHERE finess = :f")).isEqualTo("3");
		Map<String, Object> file = jdbi.withHandle(h -> h.createQuery("""
				SELECT status, rows_read, rows_imported, rows_rejected, error_report_path FROM source_file
				WHERE finess = :f AND original_name = 'batch.hl7'""").bind("f", e.finess()).mapToMap().one());
		assertThat(file).containsEntry("status", "partially_imported")
			.containsEntry("rows_read", 4)
			.containsEntry("rows_rejected", 1);
		String report = Files.readString(Path.of((String) file.get("error_report_path")), StandardCharsets.UTF_8);
		// message 2 starts on line 7 of the file (FHS, BHS, then four segments per
		// message); its PID on line 9
		assertThat(report).contains("batch.hl7;9;PID-29;**********;BAD_DEATH_DATE;Message 2 : Date de décès illisible");
	}

	@Test
	void anotherEventIsAWarningThatChangesNothing() throws Exception {
		Establishment e = clinic("75109979");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001"));
		ledgers.drop(e, "admissions.hl7", update("A01", "20261120063000", "IPP001",
				address("1 rue de l'Admission", "75001", "Paris"), "", "", ""));

		ledgers.night(e, NIGHT);

		assertThat(patient(e, "IPP001")).containsEntry("address_line1", "3 rue des Lilas");
		assertThat(
				text(e, """
						SELECT status || ' ' || rows_rejected FROM source_file WHERE finess = :f AND original_name = 'admissions.hl7'"""))
			.isEqualTo("imported 0");
		String report = Files.readString(Path.of(text(e,
				"SELECT error_report_path FROM source_file WHERE finess = :f AND original_name = 'admissions.hl7'")),
				StandardCharsets.UTF_8);
		assertThat(report).contains("admissions.hl7;1;MSH-9;ADT^A01;UNSUPPORTED_EVENT;Message 1 : ");
	}

	@Test
	void aFileWithNoReadableMessageIsQuarantinedWithItsReason() throws Exception {
		Establishment e = clinic("75109976");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001"));
		ledgers.drop(e, "garbage.hl7", "MSH|^~\\&|PAS|CLINTEST|RELANCE|RELANCE|pas une date||ADT^A08^ADT_A01|1|P|2.5\r"
				+ "PID|||IPP001^^^" + AdtMessages.AUTHORITY + "^PI\r");

		ledgers.night(e, NIGHT);

		assertThat(
				text(e, """
						SELECT status || ' ' || reason_code FROM source_file WHERE finess = :f AND original_name = 'garbage.hl7'"""))
			.isEqualTo("quarantined NO_READABLE_MESSAGE");
	}

	@Test
	void theInsRepetitionOfPid3AppearsNowhereInTheDatabaseOrTheLogs(CapturedOutput logs) throws Exception {
		Establishment e = clinic("75109977");
		ledgers.importLedger(e, NIGHT, ledger(e, "IPP001", "IPP002"));
		ledgers.drop(e, "adt.hl7",
				update("A08", "20261120063000", "IPP001", address("8 avenue des Champs", "69003", "Lyon"),
						phones("0478123456", "0698765432", "j@example.fr"), "", "")
						+ update("A08", "20261120063000", "IPP002", "", "", "2026-13-45", "")
						+ update("A08", "20261120063000", "IPP404", "", "", "", ""));

		ledgers.night(e, NIGHT);
		dunning.decide(e.finess(), NIGHT);

		assertThat(patient(e, "IPP001")).containsEntry("city", "Lyon");
		String dump = text(e, """
				SELECT string_agg(t::text, E'\\n') FROM (
				    SELECT p::text AS t FROM patient p WHERE p.finess = :f
				    UNION ALL SELECT h::text FROM change_history h JOIN patient p ON p.id = h.entity_id
				        AND h.entity = 'patient' WHERE p.finess = :f
				    UNION ALL SELECT r::text FROM ingest_reject r JOIN source_file s ON s.id = r.source_file_id
				        WHERE s.finess = :f
				    UNION ALL SELECT d::text FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				        WHERE c.finess = :f) x""");
		assertThat(dump).contains("IPP001", "Lyon").doesNotContain(AdtMessages.INS);
		// and in no row of any table of the database
		List<String> tables = jdbi.withHandle(h -> h.createQuery("""
				SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
				WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'""")
			.mapTo(String.class)
			.list());
		assertThat(tables).contains("public.patient", "public.change_history");
		for (String table : tables) {
			long rows = jdbi
				.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table + " x WHERE x::text LIKE :ins")
					.bind("ins", "%" + AdtMessages.INS + "%")
					.mapTo(Long.class)
					.one());
			assertThat(rows).as(table).isZero();
		}
		assertThat(logs.getAll()).doesNotContain(AdtMessages.INS);
		// positive control: the file itself, in the archive, does carry it
		String archived = text(e,
				"SELECT stored_path FROM source_file WHERE finess = :f AND original_name = 'adt.hl7'");
		assertThat(Files.readString(Path.of(archived), StandardCharsets.ISO_8859_1)).contains(AdtMessages.INS);
	}

	/** The one value of a query on the establishment {@code :f}, as text. */
	private String text(Establishment e, String sql) {
		return jdbi.withHandle(
				h -> h.createQuery("SELECT (" + sql + ")::text").bind("f", e.finess()).mapTo(String.class).one());
	}

	private List<String> planned(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT a.step_id FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND a.status = 'planned' ORDER BY a.id""")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(String.class)
			.list());
	}

}

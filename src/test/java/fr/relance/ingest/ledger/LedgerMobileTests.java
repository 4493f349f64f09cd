package fr.relance.ingest.ledger;

import static fr.relance.ingest.ledger.LedgerImportTests.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.HeldSnapshots;
import fr.relance.ingest.IngestProperties;
import fr.relance.intake.SourceFile;

/**
 * A profile that maps a mobile column apart from the phone (issue #15 item 1): the
 * patient keeps both, a landline in the mobile column is reported and dropped, and the
 * night's decisions send an SMS only to a mobile (the mobile, else a phone that is one)
 * while a call may go to either.
 */
@EngineTest
class LedgerMobileTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

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

	@Autowired
	DunningNight dunning;

	@TempDir
	Path profiles;

	LedgerImporter importer;

	static final String MOBILE_HEADER = HEADER.replace("\r\n", ";mobile\r\n");

	@BeforeEach
	void mobileProfile() throws Exception {
		String standard = Files.readString(Path.of("jobs/profiles/relance-standard.yml"), StandardCharsets.UTF_8);
		// the standard profile plus a mobile column: intake recognises the file by the
		// standard header, the import
		// reads it with this folder's version of the profile
		Files.writeString(profiles.resolve("relance-standard.yml"),
				standard.replace("  phone: phone\n", "  phone: phone\n  mobile: mobile\n"));
		importer = new LedgerImporter(jdbi, dataSource, new LedgerProfiles(profiles), List.of(), settings, held);
	}

	@Test
	void theMobileAndTheLandlineAreKeptApartAndALandlineInTheMobileColumnIsReported() throws Exception {
		Establishment e = fixture.establishment("75109961", "relance-standard");
		fixture.drop(e, "monday.csv",
				MOBILE_HEADER + line(e, "F000061001", "P1", "01 45 67 89 01", "06 12 34 56 78")
						+ line(e, "F000061002", "P2", "0690 12 34 56", "04 78 12 34 56")
						+ line(e, "F000061003", "P3", "", "+33 (0)7 81 22 33 44"),
				StandardCharsets.UTF_8);

		fixture.night(e, NIGHT, importer);

		assertThat(phones(e, "P1")).containsEntry("phone", "+33145678901").containsEntry("mobile", "+33612345678");
		assertThat(phones(e, "P2")).containsEntry("phone", "+590690123456").containsEntry("mobile", null);
		assertThat(phones(e, "P3")).containsEntry("phone", null).containsEntry("mobile", "+33781223344");
		SourceFile imported = fixture.file(e, "monday.csv");
		assertThat(fixture.rejects(imported))
			.extracting(r -> r.get("line_number") + " " + r.get("field") + " " + r.get("reason_code"))
			.containsExactly("3 mobile NOT_A_MOBILE");
		String report = Files.readString(Path.of(imported.errorReportPath()), StandardCharsets.UTF_8);
		assertThat(report).contains("monday.csv;3;mobile;************56;NOT_A_MOBILE;").doesNotContain("78 12 34");
	}

	@Test
	void aLaterLedgerChangesTheMobileWithItsHistoryAndALineWithoutOneKeepsIt() throws Exception {
		Establishment e = fixture.establishment("75109962", "relance-standard");
		fixture.drop(e, "monday.csv", MOBILE_HEADER + line(e, "F000062001", "P1", "", "06 12 34 56 78")
				+ line(e, "F000062002", "P2", "", "06 22 33 44 55"), StandardCharsets.UTF_8);
		fixture.night(e, NIGHT, importer);

		fixture.drop(e, "tuesday.csv",
				MOBILE_HEADER + line(e, "F000062001", "P1", "", "07 11 22 33 44") + line(e, "F000062002", "P2", "", ""),
				StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(1), importer);

		assertThat(phones(e, "P1")).containsEntry("mobile", "+33711223344");
		assertThat(phones(e, "P2")).containsEntry("mobile", "+33622334455");
		assertThat(fixture.count(
				"SELECT count(*) FROM change_history h JOIN patient p ON p.id = h.entity_id"
						+ " WHERE h.entity = 'patient' AND p.finess = :f AND h.previous ->> 'mobile' = '+33612345678'",
				e))
			.isEqualTo(1);
	}

	@Test
	void anSmsGoesOnlyToAMobileAndACallToEitherNumber() throws Exception {
		Establishment e = fixture.establishment("75109963", "relance-standard");
		String f = e.finess();
		// balances of 400 euros due since September: the private clinic's ladder reaches
		// its SMS and call steps
		String lines = line(e, "F000063001", "LANDLINE", "01 45 67 89 01", "")
				+ line(e, "F000063002", "BOTH", "01 45 67 89 02", "06 12 34 56 78")
				+ line(e, "F000063003", "PHONEISMOBILE", "06 98 76 54 32", "");
		fixture.drop(e, "monday.csv", MOBILE_HEADER + lines, StandardCharsets.UTF_8);
		fixture.night(e, NIGHT, importer);
		dunning.decide(f, NIGHT);
		emitPlanned(e, NIGHT);
		// the next snapshot, so that the data are not stale on the SMS night
		fixture.drop(e, "later.csv", MOBILE_HEADER + lines + line(e, "F000063009", "OTHER", "", ""),
				StandardCharsets.UTF_8);
		fixture.night(e, NIGHT.plusDays(15), importer);

		dunning.decide(f, NIGHT.plusDays(16));

		assertThat(planned(e, "BOTH")).containsExactly("reminder-sms");
		assertThat(planned(e, "PHONEISMOBILE")).containsExactly("reminder-sms");
		assertThat(planned(e, "LANDLINE")).doesNotContain("reminder-sms");
		assertThat(codes(e, "LANDLINE", NIGHT.plusDays(16))).contains("NO_VALID_MOBILE");
	}

	private static String line(Establishment e, String invoice, String patient, String phone, String mobile) {
		return String.join(";", e.finess(), invoice, patient, "BLANC", "Jeanne", "3 rue des Lilas", "", "75015",
				"Paris", phone, "", "01/02/1960", "01/09/2026", "01/09/2026", "01/10/2026", "400,00", "0", "0", "",
				"400,00", "0", "0", "0", "", mobile) + "\r\n";
	}

	private Map<String, Object> phones(Establishment e, String patient) {
		return jdbi
			.withHandle(h -> h.createQuery("SELECT phone, mobile FROM patient WHERE finess = :f AND external_id = :p")
				.bind("f", e.finess())
				.bind("p", patient)
				.mapToMap()
				.one());
	}

	private void emitPlanned(Establishment e, LocalDate on) {
		jdbi.useHandle(h -> h.createUpdate("""
				UPDATE dunning_action a SET status = 'emitted', emitted_on = :on FROM dunning_case c
				WHERE c.id = a.case_id AND c.finess = :f AND a.status = 'planned'""")
			.bind("f", e.finess())
			.bind("on", on)
			.execute());
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

	private String codes(Establishment e, String patient, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT array_to_string(d.codes, ' ') || ' ' || d.reasons FROM dunning_decision d
				JOIN dunning_case c ON c.id = d.case_id JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND d.run_date = :night ORDER BY d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.bind("night", night)
			.mapTo(String.class)
			.one());
	}

}

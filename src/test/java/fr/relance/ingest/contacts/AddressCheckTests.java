package fr.relance.ingest.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * A city its postcode does not serve is reported to the establishment with the ledger's
 * file, line and the communes of the postcode, once (not every night the same address
 * comes again), and does not stop the letter.
 */
@EngineTest
class AddressCheckTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	private static String line(Establishment e, String patient, String postcode, String city, String paid) {
		return String.join(";", e.finess(), "F" + patient, patient, "NOM" + patient, "Claire", "3 rue des Lilas", "",
				postcode, city, "06 12 34 56 78", "", "01/02/1960", "01/09/2026", "01/09/2026", "01/10/2026", "120,00",
				"0,00", "0,00", "", "120,00", "0,00", "0,00", paid, "") + "\r\n";
	}

	@Test
	void aCityThePostcodeDoesNotServeIsReportedOnceAndTheLetterStillGoes() throws Exception {
		Establishment e = ledgers.establishment("75640051", "relance-standard");
		ledgers.drop(e, "ledger-1.csv", LedgerTestSupport.HEADER + line(e, "P1", "75015", "Paris", "0,00")
				+ line(e, "P2", "75015", "Lyon", "0,00") + line(e, "P3", "67600", "Selestat", "0,00"));
		ledgers.night(e, NIGHT);

		String report = ledgers.out(e, NIGHT + "-ledger-1.csv.errors.csv");
		assertThat(report).contains("ledger-1.csv;3;city;Lyon;POSTCODE_CITY_MISMATCH", "Paris 15e Arrondissement")
			.doesNotContain(";2;city;", ";4;city;");
		Map<String, Object> file = jdbi.withHandle(h -> h.createQuery(
				"SELECT status, rows_rejected FROM source_file WHERE finess = :f AND original_name = 'ledger-1.csv'")
			.bind("f", e.finess())
			.mapToMap()
			.one());
		assertThat(file).containsEntry("status", "imported").containsEntry("rows_rejected", 0);

		dunning.decide(e.finess(), NIGHT);
		String letter = jdbi.withHandle(h -> h.createQuery("""
				SELECT a.step_id FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = 'P2'""")
			.bind("f", e.finess())
			.mapTo(String.class)
			.one());
		assertThat(letter).isEqualTo("first-letter");

		// the next night's ledger changes another line only: the address of P2 is not
		// reported again
		LocalDate next = NIGHT.plusDays(1);
		ledgers.drop(e, "ledger-2.csv", LedgerTestSupport.HEADER + line(e, "P1", "75015", "Paris", "10,00")
				+ line(e, "P2", "75015", "Lyon", "0,00") + line(e, "P3", "67600", "Selestat", "0,00"));
		ledgers.night(e, next);
		long reported = jdbi.withHandle(h -> h.createQuery(
				"""
						SELECT count(*) FROM ingest_reject r JOIN source_file s ON s.id = r.source_file_id
						WHERE s.finess = :f AND s.original_name = 'ledger-2.csv' AND r.reason_code = 'POSTCODE_CITY_MISMATCH'""")
			.bind("f", e.finess())
			.mapTo(Long.class)
			.one());
		assertThat(reported).isZero();
	}

}

package fr.relance.ingest.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * Follow-up files: contacts, call refusals and instalment plans recorded for known
 * patients, bad lines reported.
 */
@EngineTest
class FollowUpImportTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final String HEADER = "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
			+ "premiere_echeance;reference\r\n";

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	Jdbi jdbi;

	private Establishment clinicWithTwoPatients(String stem8) throws Exception {
		Establishment e = ledgers.establishment(stem8, "relance-standard");
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/09/2026", "01/10/2026", "120,00", "0,00")
						+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "200,00", "0,00"));
		return e;
	}

	private List<Map<String, Object>> contacts(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT p.external_id, c.contacted_on, c.channel, c.origin, c.refused_calls FROM patient_contact c
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f ORDER BY c.contacted_on, c.id""")
			.bind("f", e.finess())
			.mapToMap()
			.list());
	}

	private List<Map<String, Object>> plans(Establishment e) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT p.external_id, pp.reference, pp.signed_on, pp.instalment, pp.instalments, pp.first_due,
				       pp.ended_on
				FROM payment_plan pp JOIN patient p ON p.id = pp.patient_id WHERE p.finess = :f ORDER BY pp.id""")
			.bind("f", e.finess())
			.mapToMap()
			.list());
	}

	@Test
	void recordsContactsRefusalsAndPlansAndReportsEachBadLineWithItsFieldAndReason() throws Exception {
		Establishment e = clinicWithTwoPatients("75640001");
		String f = e.finess();
		ledgers.drop(e, "suivi-20261119.csv", HEADER + f + ";P1;18/11/2026;contact;telephone;etablissement;;;;\r\n" + f
				+ ";P1;18/11/2026;refus_appel;;;;;;\r\n" + f
				+ ";P2;10/11/2026;echeancier;;;50,00;4;05/12/2026;ECH-1\r\n" + f
				+ ";P9;18/11/2026;contact;guichet;patient;;;;\r\n" + f
				+ ";P1;31/02/2026;contact;telephone;patient;;;;\r\n" + f
				+ ";P1;25/11/2026;contact;telephone;patient;;;;\r\n" + f
				+ ";P1;18/11/2026;relance;telephone;patient;;;;\r\n" + f
				+ ";P2;10/11/2026;echeancier;;;abc;4;05/12/2026;ECH-2\r\n" + f
				+ ";P2;18/11/2026;fin_echeancier;;;;;;ECH-9\r\n" + f + ";P1;18/11/2026;contact;pigeon;patient;;;;\r\n");
		ledgers.night(e, NIGHT);

		assertThat(contacts(e))
			.extracting(c -> c.get("external_id"), c -> c.get("channel"), c -> c.get("origin"),
					c -> c.get("refused_calls"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "PHONE", "OPERATOR", false),
					org.assertj.core.groups.Tuple.tuple("P1", "PHONE", "DEBTOR", true));
		assertThat(plans(e)).singleElement().satisfies(p -> {
			assertThat(p.get("external_id")).isEqualTo("P2");
			assertThat(p.get("reference")).isEqualTo("ECH-1");
			assertThat(p.get("instalment")).hasToString("50.00");
			assertThat(p.get("instalments")).isEqualTo(4);
			assertThat(p.get("first_due")).hasToString("2026-12-05");
			assertThat(p.get("ended_on")).isNull();
		});
		assertThat(ledgers.out(e, NIGHT + "-suivi-20261119.csv.errors.csv")).contains(
				"suivi-20261119.csv;5;ipp;*9;UNKNOWN_PATIENT", "suivi-20261119.csv;6;date;31/02/2026;BAD_DATE",
				"suivi-20261119.csv;7;date;25/11/2026;FUTURE_DATE",
				"suivi-20261119.csv;8;evenement;relance;UNKNOWN_EVENT",
				"suivi-20261119.csv;9;montant_echeance;abc;BAD_AMOUNT",
				"suivi-20261119.csv;10;reference;ECH-9;UNKNOWN_PLAN",
				"suivi-20261119.csv;11;canal;pigeon;UNKNOWN_CHANNEL");
	}

	@Test
	void aLaterFileRepeatingLinesRecordsNothingTwiceAndEndsThePlanItNames() throws Exception {
		Establishment e = clinicWithTwoPatients("75640002");
		String f = e.finess();
		String first = HEADER + f + ";P1;18/11/2026;contact;guichet;patient;;;;\r\n" + f
				+ ";P2;10/11/2026;echeancier;;;50,00;4;05/12/2026;\r\n";
		ledgers.drop(e, "suivi-1.csv", first);
		ledgers.night(e, NIGHT);
		ledgers.drop(e, "suivi-2.csv", first + f + ";P2;19/11/2026;fin_echeancier;;;;;;\r\n");
		ledgers.night(e, NIGHT);

		assertThat(contacts(e)).hasSize(1);
		assertThat(plans(e)).singleElement().satisfies(p -> {
			assertThat(p.get("reference")).isEqualTo("signé le 10/11/2026");
			assertThat(p.get("ended_on")).hasToString("2026-11-19");
		});
	}

	@Test
	void aFileNamingAnotherEstablishmentIsQuarantinedWhole() throws Exception {
		Establishment e = clinicWithTwoPatients("75640003");
		ledgers.drop(e, "suivi-autre.csv", HEADER + "750000010;P1;18/11/2026;contact;telephone;patient;;;;\r\n");
		ledgers.night(e, NIGHT);

		assertThat(contacts(e)).isEmpty();
		String status = jdbi.withHandle(h -> h
			.createQuery("SELECT status FROM source_file WHERE finess = :f AND original_name = 'suivi-autre.csv'")
			.bind("f", e.finess())
			.mapTo(String.class)
			.one());
		assertThat(status).isEqualTo("quarantined");
	}

}

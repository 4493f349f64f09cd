package fr.relance.ingest.followup;

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
 * A review released with the corrected address (#16 item 4): the deceased patient's case
 * resumes with letters to the notary's address the staff gave; the next ledger, which
 * still carries the patient's former address, does not bring it back, while a new address
 * in a ledger is taken. A release lifts only the holds in force when it was read: a
 * patient under guardianship released, who then dies, is held again. A release without an
 * address for a deceased patient, of a case no person holds, or with a bad postcode is
 * reported and changes nothing.
 */
@EngineTest
class ReviewReleaseTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final String HEADER = "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
			+ "premiere_echeance;reference;adresse;complement_adresse;code_postal;ville;numero\r\n";

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	@Test
	void aReleasedReviewTakesTheCorrectedAddressAndALedgerDoesNotBringTheOldOneBack() throws Exception {
		Establishment e = ledgers.establishment("75730001", "relance-standard");
		String f = e.finess();
		String ledger = LedgerTestSupport.HEADER
				+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/09/2026", "01/10/2026", "90,00", "0,00")
				+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "90,00", "0,00")
				+ ledgers.line(e, "F000000004", "P4", "VERT", "01/09/2026", "01/10/2026", "90,00", "0,00");
		ledgers.importLedger(e, NIGHT.minusDays(1), ledger);
		jdbi.useHandle(h -> h.execute("UPDATE patient SET deceased = TRUE WHERE finess = ? AND external_id = 'P1'", f));
		jdbi.useHandle(
				h -> h.execute("UPDATE patient SET guardianship = TRUE WHERE finess = ? AND external_id = 'P4'", f));
		dunning.decide(f, NIGHT.minusDays(1));
		assertThat(decision(e, "P1", NIGHT.minusDays(1))).containsEntry("human_review", true);
		long roux = caseOf(e, "P1");
		long blanc = caseOf(e, "P2");
		long vert = caseOf(e, "P4");

		ledgers.drop(e, "suivi-revue.csv", HEADER + f + ";P1;20/11/2026;revue_levee;;;;;;" + roux + ";;;;;\r\n" // no
																												// address:
																												// refused
				+ f + ";P2;20/11/2026;revue_levee;;;;;;" + blanc + ";;;;;\r\n" // not held
																				// for a
																				// person
				+ f + ";P1;20/11/2026;revue_levee;;;;;;" + roux
				+ ";Étude de Maître Blanc;Succession Roux;69002;Lyon;06 98 76 54 32\r\n" + f
				+ ";P1;20/11/2026;revue_levee;;;;;;" + roux + ";8 rue Neuve;;6900;Lyon;\r\n" // bad
																								// postcode
				+ f + ";P4;20/11/2026;revue_levee;;;;;;" + vert + ";2 rue du Tuteur;;75015;Paris;\r\n");
		ledgers.night(e, NIGHT);
		String report = ledgers.out(e, reportName(e, "suivi-revue.csv"));
		assertThat(report).contains(";2;adresse;;ADDRESS_REQUIRED;", ";3;reference;" + blanc + ";NOT_UNDER_REVIEW;",
				";5;code_postal;6900;BAD_ADDRESS;");
		assertThat(report).doesNotContain(";4;");
		assertThat(address(e, "P1")).containsEntry("address_line1", "Étude de Maître Blanc")
			.containsEntry("address_line2", "Succession Roux")
			.containsEntry("postcode", "69002")
			.containsEntry("city", "Lyon")
			.containsEntry("address_source", "followup")
			.containsEntry("mobile", "+33698765432");

		dunning.decide(f, NIGHT);
		Map<String, Object> decided = decision(e, "P1", NIGHT);
		assertThat(decided).containsEntry("human_review", false).containsEntry("outcome", "ACT");
		assertThat(String.valueOf(decided.get("codes"))).contains("REVIEW_RELEASED").doesNotContain("DECEASED");
		assertThat(decision(e, "P4", NIGHT)).containsEntry("human_review", false);

		// a release lifts the holds in force when it was read, not one that comes later:
		// P4 dies, P4 is held again
		jdbi.useHandle(h -> h.execute("UPDATE patient SET deceased = TRUE WHERE finess = ? AND external_id = 'P4'", f));
		dunning.decide(f, NIGHT.plusDays(1));
		assertThat(decision(e, "P4", NIGHT.plusDays(1))).containsEntry("human_review", true);
		assertThat(String.valueOf(decision(e, "P4", NIGHT.plusDays(1)).get("codes"))).contains("DECEASED");

		// the next ledger changes the patient's line but still carries the former
		// address: the corrected one stays
		ledgers.importLedger(e, NIGHT.plusDays(2), ledger.replace("ROUX;Claire", "ROUX-MARTIN;Claire"));
		assertThat(address(e, "P1")).containsEntry("address_line1", "Étude de Maître Blanc");
		assertThat(jdbi.<String, RuntimeException>withHandle(
				h -> h.createQuery("SELECT last_name FROM patient WHERE finess = :f AND " + "external_id = 'P1'")
					.bind("f", f)
					.mapTo(String.class)
					.one()))
			.isEqualTo("ROUX-MARTIN");
		// a ledger bringing a new address is taken
		ledgers.importLedger(e, NIGHT.plusDays(3),
				ledger.replace("3 rue des Lilas;;75015;Paris", "5 quai Neuf;;33000;Bordeaux"));
		assertThat(address(e, "P1")).containsEntry("address_line1", "5 quai Neuf").containsEntry("city", "Bordeaux");
	}

	private long caseOf(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT c.id FROM dunning_case c JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND c.closed_on IS NULL""")
			.bind("f", e.finess())
			.bind("p", patient)
			.mapTo(Long.class)
			.one());
	}

	private Map<String, Object> decision(Establishment e, String patient, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.outcome, d.human_review, array_to_string(d.codes, ',') AS codes
				FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND d.run_date <= :n ORDER BY d.run_date DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.bind("n", night)
			.mapToMap()
			.one());
	}

	private Map<String, Object> address(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT address_line1, address_line2, postcode, city, address_source, mobile FROM patient
				WHERE finess = :f AND external_id = :p""").bind("f", e.finess()).bind("p", patient).mapToMap().one());
	}

	private String reportName(Establishment e, String file) throws Exception {
		try (var files = java.nio.file.Files.list(ledgers.outFolder(e))) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(file + ".errors.csv"))
				.findFirst()
				.orElseThrow();
		}
	}

}

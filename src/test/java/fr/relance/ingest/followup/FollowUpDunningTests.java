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
 * What a follow-up file changes in the night's decisions: a contact holds the next
 * reminder, an instalment plan paid as agreed holds the case, a missed instalment lets
 * dunning resume, a call refusal stops calls.
 */
@EngineTest
class FollowUpDunningTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	Jdbi jdbi;

	/** The patient's decision of the night: outcome and reason codes. */
	private Map<String, Object> decision(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.outcome, array_to_string(d.codes, ' ') AS codes, d.reasons FROM dunning_decision d
				JOIN dunning_case c ON c.id = d.case_id JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND d.run_date <= :night
				ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.bind("night", NIGHT)
			.mapToMap()
			.one());
	}

	@Test
	void contactsAndPlansReportedByTheEstablishmentGateTheNightsDecisions() throws Exception {
		Establishment e = ledgers.establishment("75640011", "relance-standard");
		String f = e.finess();
		ledgers.importLedger(e, NIGHT,
				LedgerTestSupport.HEADER
						+ ledgers.line(e, "F000000001", "P1", "ROUX", "01/09/2026", "01/10/2026", "120,00", "0,00")
						+ ledgers.line(e, "F000000002", "P2", "BLANC", "01/09/2026", "01/10/2026", "120,00", "0,00")
						+ ledgers.line(e, "F000000003", "P3", "NOIR", "01/09/2026", "01/10/2026", "120,00", "0,00")
						+ ledgers.line(e, "F000000004", "P4", "VERT", "01/09/2026", "01/10/2026", "120,00", "0,00")
						+ ledgers.line(e, "F000000005", "P5", "GRIS", "01/09/2026", "01/10/2026", "120,00", "0,00"));
		ledgers.drop(e, "suivi.csv", FollowUpImportTests.HEADER
				// P1 called the desk five days ago: the reminder waits (recent contact,
				// 10 days)
				+ f + ";P1;15/11/2026;contact;telephone;patient;;;;\r\n"
				// P2's first instalment is due on 15/11: within its 10 days of grace, the
				// plan is in good standing
				+ f + ";P2;01/11/2026;echeancier;;;30,00;4;15/11/2026;E2\r\n"
				// P3's first instalment was due on 05/11 and nothing came: the plan is
				// defaulted
				+ f + ";P3;25/10/2026;echeancier;;;30,00;4;05/11/2026;E3\r\n"
				// P4's plan was cancelled: nothing holds the case
				+ f + ";P4;25/10/2026;echeancier;;;30,00;4;15/11/2026;E4\r\n" + f
				+ ";P4;16/11/2026;fin_echeancier;;;;;;E4\r\n"
				// a contact 40 days old no longer holds anything
				+ f + ";P5;11/10/2026;contact;courrier;etablissement;;;;\r\n");
		ledgers.night(e, NIGHT);

		dunning.decide(f, NIGHT);

		assertThat(decision(e, "P1")).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("RECENT_CONTACT"));
		assertThat(decision(e, "P2")).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("PAYMENT_PLAN_IN_GOOD_STANDING"));
		assertThat(decision(e, "P3")).containsEntry("outcome", "ACT")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("PAYMENT_PLAN_DEFAULTED"));
		assertThat(decision(e, "P4")).containsEntry("outcome", "ACT")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).doesNotContain("PAYMENT_PLAN"));
		assertThat(decision(e, "P5")).containsEntry("outcome", "ACT");
	}

}

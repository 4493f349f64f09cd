package fr.relance.ingest.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.DecisionExplainer;
import fr.relance.dunning.stage.DunningNight;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ledger.LedgerTestSupport;

/**
 * What operators report through the follow-up file changes the next night's decision: a
 * promise holds the case until its day plus the grace, an operator's dispute until it is
 * closed, a wrong number rules its channel out until a different number arrives, a
 * patient reached holds the next reminder, and a plan's period sets its due dates. Each
 * is seen over two nights or more, against a control patient the file says nothing about.
 */
@EngineTest
class FollowUpOutcomesTests {

	static final String HEADER = "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
			+ "premiere_echeance;reference;date_promesse;montant_promesse;numero;periodicite_mois\r\n";

	/** The first letters are decided and sent. */
	static final LocalDate FIRST = LocalDate.of(2026, 11, 20);

	/** Fifteen days later: the reminder SMS of the private-clinic scenario is due. */
	static final LocalDate SECOND = LocalDate.of(2026, 12, 5);

	static final LocalDate THIRD = LocalDate.of(2026, 12, 18);

	static final String MOBILE = "06 12 34 56 78";

	@Autowired
	LedgerTestSupport ledgers;

	@Autowired
	DunningNight dunning;

	@Autowired
	DecisionExplainer explainer;

	@Autowired
	Jdbi jdbi;

	private int ledgerFiles;

	/** A ledger line of the standard profile with its own phone number. */
	private static String line(Establishment e, String invoice, String patient, String phone, String patientPaid) {
		return String.join(";", e.finess(), invoice, patient, "NOM" + patient, "Claire", "3 rue des Lilas", "", "75015",
				"Paris", phone, "", "01/02/1960", "01/09/2026", "01/09/2026", "01/10/2026", "120,00", "0,00", "0,00",
				"", "120,00", "0,00", "0,00", patientPaid, "") + "\r\n";
	}

	/**
	 * Tonight's ledger, a follow-up file, then dunning. Each night's ledger carries a
	 * paid invoice of its own, so no ledger is the duplicate of another and the
	 * establishment's data stays fresh.
	 */
	private void night(Establishment e, LocalDate night, List<String> ledgerLines, String followUp) throws Exception {
		StringBuilder ledger = new StringBuilder(LedgerTestSupport.HEADER);
		ledgerLines.forEach(ledger::append);
		ledger.append(line(e, "Z" + (++ledgerFiles), "Z", MOBILE, "120,00"));
		ledgers.drop(e, "ledger-" + night + ".csv", ledger.toString());
		if (followUp != null) {
			ledgers.drop(e, "suivi-" + night + ".csv", HEADER + followUp);
		}
		ledgers.night(e, night);
		dunning.decide(e.finess(), night);
		// the output stage's part, played by hand: what was planned tonight goes out
		// tonight
		jdbi.useHandle(h -> h.createUpdate("""
				UPDATE dunning_action a SET status = 'emitted', emitted_on = a.run_date FROM dunning_case c
				WHERE c.id = a.case_id AND c.finess = :f AND a.status = 'planned'""").bind("f", e.finess()).execute());
	}

	/** The patient's decision in force on the night: outcome, step and reason codes. */
	private Map<String, Object> decision(Establishment e, String patient, LocalDate night) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT d.outcome, d.step_id, array_to_string(d.codes, ' ') AS codes FROM dunning_decision d
				JOIN dunning_case c ON c.id = d.case_id JOIN patient p ON p.id = c.patient_id
				WHERE p.finess = :f AND p.external_id = :p AND d.run_date <= :night
				ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("f", e.finess())
			.bind("p", patient)
			.bind("night", night)
			.mapToMap()
			.one());
	}

	private List<String> steps(Establishment e, String patient) {
		return jdbi.withHandle(h -> h.createQuery("""
				SELECT a.step_id FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				JOIN patient p ON p.id = c.patient_id WHERE p.finess = :f AND p.external_id = :p
				ORDER BY a.step_number""").bind("f", e.finess()).bind("p", patient).mapTo(String.class).list());
	}

	@Test
	void promiseDisputeWrongNumberAndReachedPatientEachChangeTheNextNightsDecision() throws Exception {
		Establishment e = ledgers.establishment("75640031", "relance-standard");
		String f = e.finess();
		List<String> ledger = List.of(line(e, "F1", "P1", MOBILE, "0,00"), line(e, "F2", "P2", MOBILE, "0,00"),
				line(e, "F3", "P3", MOBILE, "0,00"), line(e, "F4", "P4", MOBILE, "0,00"),
				line(e, "F5", "P5", MOBILE, "0,00"), line(e, "F6", "P6", MOBILE, "0,00"));
		night(e, FIRST, ledger, null);
		for (String p : List.of("P1", "P2", "P3", "P4", "P5", "P6")) {
			assertThat(decision(e, p, FIRST)).containsEntry("outcome", "ACT").containsEntry("step_id", "first-letter");
		}

		// P5's ledger now gives a new mobile: the number reported wrong is the old one
		List<String> secondLedger = List.of(ledger.get(0), ledger.get(1), ledger.get(2), ledger.get(3),
				line(e, "F5", "P5", "07 11 22 33 44", "0,00"), ledger.get(5));
		night(e, SECOND, secondLedger, "" + f + ";P2;02/12/2026;promesse;;;;;;;10/12/2026;120,00;;\r\n" + f
				+ ";P3;02/12/2026;litige;;;;;;;;;;\r\n" + f + ";P4;02/12/2026;faux_numero;;;;;;;;;;\r\n" + f
				+ ";P5;02/12/2026;faux_numero;;;;;;;;;" + MOBILE + ";\r\n" + f + ";P6;02/12/2026;joint;;;;;;;;;;\r\n");

		assertThat(decision(e, "P1", SECOND)).containsEntry("outcome", "ACT").containsEntry("step_id", "reminder-sms");
		assertThat(decision(e, "P2", SECOND)).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("PAYMENT_PROMISED"));
		assertThat(decision(e, "P3", SECOND)).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("OPERATOR_DISPUTE"));
		assertThat(decision(e, "P4", SECOND).get("codes")).asString().contains("WRONG_NUMBER");
		assertThat(steps(e, "P4")).doesNotContain("reminder-sms");
		assertThat(decision(e, "P5", SECOND)).containsEntry("outcome", "ACT").containsEntry("step_id", "reminder-sms");
		assertThat(decision(e, "P6", SECOND)).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("RECENT_CONTACT"));
		assertThat(explainer.explain(f, "P2", SECOND)).contains("PAYMENT_PROMISED", "promised 120.00 EUR by 2026-12-10",
				"payment_promised FAILED");
		assertThat(explainer.explain(f, "P3", SECOND)).contains("OPERATOR_DISPUTE", "operator_dispute FAILED");
		assertThat(explainer.explain(f, "P4", SECOND)).contains("WRONG_NUMBER", "reported wrong on 2026-12-02");

		// the promise lapsed (10/12 + 7 days of grace) unpaid, the dispute was closed:
		// dunning resumes for both
		night(e, THIRD, secondLedger, f + ";P3;10/12/2026;fin_litige;;;;;;;;;;\r\n");

		assertThat(decision(e, "P2", THIRD)).containsEntry("outcome", "ACT")
			.containsEntry("step_id", "reminder-sms")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("PROMISE_LAPSED"));
		assertThat(decision(e, "P3", THIRD)).containsEntry("outcome", "ACT")
			.containsEntry("step_id", "reminder-sms")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).doesNotContain("DISPUTE"));
		assertThat(explainer.explain(f, "P2", THIRD)).contains("lapsed on 2026-12-18: dunning resumes");
	}

	@Test
	void aPromiseHoldsUntilItsDayPlusTheGraceAndNotADayLonger() throws Exception {
		Establishment e = ledgers.establishment("75640032", "relance-standard");
		String f = e.finess();
		List<String> ledger = List.of(line(e, "F1", "P1", MOBILE, "0,00"));
		night(e, FIRST, ledger, null);
		night(e, SECOND, ledger, f + ";P1;01/12/2026;promesse;;;;;;;04/12/2026;50,00;;\r\n");
		assertThat(decision(e, "P1", SECOND).get("outcome")).isEqualTo("BLOCKED");

		// 04/12 + 7 days: still held on the 11th, resumed on the 12th
		night(e, LocalDate.of(2026, 12, 11), ledger, null);
		assertThat(decision(e, "P1", LocalDate.of(2026, 12, 11)).get("outcome")).isEqualTo("BLOCKED");
		night(e, LocalDate.of(2026, 12, 12), ledger, null);
		assertThat(decision(e, "P1", LocalDate.of(2026, 12, 12))).containsEntry("outcome", "ACT")
			.containsEntry("step_id", "reminder-sms");
	}

	@Test
	void theLedgersDisputeFlagDoesNotCloseAnOperatorsDispute() throws Exception {
		Establishment e = ledgers.establishment("75640033", "relance-standard");
		String f = e.finess();
		List<String> ledger = List.of(line(e, "F1", "P1", MOBILE, "0,00"));
		night(e, FIRST, ledger, f + ";P1;18/11/2026;litige;;;;;;;;;;\r\n");
		assertThat(decision(e, "P1", FIRST)).containsEntry("outcome", "BLOCKED");

		// two more ledgers without any dispute flag: the operator's dispute still holds
		night(e, SECOND, ledger, null);
		night(e, THIRD, ledger, null);
		assertThat(decision(e, "P1", THIRD)).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("OPERATOR_DISPUTE"));
		assertThat(steps(e, "P1")).isEmpty();
	}

	@Test
	void thePeriodOfAPlanSetsWhenItsNextInstalmentIsMissed() throws Exception {
		Establishment e = ledgers.establishment("75640034", "relance-standard");
		String f = e.finess();
		// both signed a plan of 4 x 30,00 from 15/11; P1 pays every month, P2 every two
		// months
		night(e, FIRST, List.of(line(e, "F1", "P1", MOBILE, "0,00"), line(e, "F2", "P2", MOBILE, "0,00")),
				"" + f + ";P1;10/11/2026;echeancier;;;30,00;4;15/11/2026;E1;;;;\r\n" + f
						+ ";P2;10/11/2026;echeancier;;;30,00;4;15/11/2026;E2;;;;2\r\n");
		// each paid the first instalment
		List<String> paid = List.of(line(e, "F1", "P1", MOBILE, "30,00"), line(e, "F2", "P2", MOBILE, "30,00"));
		night(e, SECOND, paid, null);
		assertThat(decision(e, "P1", SECOND).get("codes")).asString().contains("PAYMENT_PLAN_IN_GOOD_STANDING");
		assertThat(decision(e, "P2", SECOND).get("codes")).asString().contains("PAYMENT_PLAN_IN_GOOD_STANDING");

		// 28/12: P1's second instalment (15/12) is past its grace, P2's falls on 15/01
		LocalDate night = LocalDate.of(2026, 12, 28);
		night(e, night, paid, null);
		assertThat(decision(e, "P1", night).get("codes")).asString().contains("PAYMENT_PLAN_DEFAULTED");
		assertThat(decision(e, "P2", night)).containsEntry("outcome", "BLOCKED")
			.hasEntrySatisfying("codes", c -> assertThat((String) c).contains("PAYMENT_PLAN_IN_GOOD_STANDING"));
		assertThat(explainer.explain(f, "P2", night)).contains("PAYMENT_PLAN_IN_GOOD_STANDING");
	}

	@Test
	void badOutcomeLinesAreReportedWithTheirFieldAndReasonAndAnOldHeaderStillReads() throws Exception {
		Establishment e = ledgers.establishment("75640035", "relance-standard");
		String f = e.finess();
		night(e, FIRST, List.of(line(e, "F1", "P1", MOBILE, "0,00"), line(e, "F2", "P2", "", "0,00")),
				"" + f + ";P1;18/11/2026;promesse;;;;;;;;50,00;;\r\n" + f
						+ ";P1;18/11/2026;promesse;;;;;;;10/11/2026;50,00;;\r\n" + f
						+ ";P1;18/11/2026;promesse;;;;;;;30/12/2026;0;;\r\n" + f
						+ ";P1;18/11/2026;faux_numero;;;;;;;;;12 34;\r\n" + f
						+ ";P2;18/11/2026;faux_numero;;;;;;;;;;\r\n" + f + ";P1;18/11/2026;fin_litige;;;;;;;;;;\r\n" + f
						+ ";P1;18/11/2026;echeancier;;;30,00;4;15/11/2026;E1;;;;13\r\n");

		assertThat(ledgers.out(e, FIRST + "-suivi-" + FIRST + ".csv.errors.csv")).contains("2;date_promesse;;BAD_DATE",
				"3;date_promesse;10/11/2026;BAD_PROMISE_DATE", "4;montant_promesse;0;BAD_AMOUNT", "5;numero;",
				"BAD_PHONE", "6;numero;;NO_NUMBER_KNOWN", "7;evenement;fin_litige;UNKNOWN_DISPUTE",
				"8;periodicite_mois;13;BAD_PERIOD");
		int recorded = jdbi.withHandle(h -> h.createQuery("""
				SELECT (SELECT count(*) FROM payment_promise pm JOIN patient p ON p.id = pm.patient_id
				        WHERE p.finess = :f)
				     + (SELECT count(*) FROM wrong_number w JOIN patient p ON p.id = w.patient_id WHERE p.finess = :f)
				     + (SELECT count(*) FROM payment_plan pp JOIN patient p ON p.id = pp.patient_id WHERE p.finess = :f)
				""").bind("f", f).mapTo(Integer.class).one());
		assertThat(recorded).isZero();

		// a file with the header of before (no outcome columns) is still a follow-up file
		ledgers.drop(e, "suivi-ancien.csv",
				FollowUpImportTests.HEADER + f + ";P1;19/11/2026;echeancier;;;30,00;4;15/12/2026;E9\r\n");
		ledgers.night(e, FIRST);
		int period = jdbi.withHandle(h -> h.createQuery("""
				SELECT pp.period_months FROM payment_plan pp JOIN patient p ON p.id = pp.patient_id
				WHERE p.finess = :f AND pp.reference = 'E9'""").bind("f", f).mapTo(Integer.class).one());
		assertThat(period).isEqualTo(1);
	}

	@Test
	void theSampleFileOfTheFormatsDocumentationIsReadWithoutARejectedLine() throws Exception {
		Establishment e = ledgers.establishment("75640036", "relance-standard");
		String f = e.finess();
		List<String> ledger = List.of("100001", "100002", "100003", "100004", "100005")
			.stream()
			.map(p -> line(e, "F" + p, p, "06 11 22 33 44", "0,00"))
			.toList();
		String sample = Files.readString(Path.of("samples/suivi/suivi-resultats-appels.csv"), StandardCharsets.UTF_8);
		ledgers.drop(e, "ledger.csv", LedgerTestSupport.HEADER + String.join("", ledger));
		ledgers.drop(e, "suivi-resultats-appels.csv", sample.replace("750000010;", f + ";"));
		ledgers.night(e, FIRST);

		Map<String, Object> file = jdbi.withHandle(h -> h.createQuery("""
				SELECT s.status, s.rows_rejected FROM source_file s
				WHERE s.finess = :f AND s.original_name = 'suivi-resultats-appels.csv'""")
			.bind("f", f)
			.mapToMap()
			.one());
		assertThat(file).containsEntry("status", "imported").containsEntry("rows_rejected", 0);
		String recorded = jdbi.withHandle(h -> h
			.createQuery(
					"""
							SELECT (SELECT count(*) FROM payment_promise x JOIN patient p ON p.id = x.patient_id WHERE p.finess = :f)
							    || ' ' || (SELECT count(*) FROM operator_dispute x JOIN patient p ON p.id = x.patient_id
							               WHERE p.finess = :f AND x.closed_on = DATE '2026-11-19')
							    || ' ' || (SELECT count(*) FROM wrong_number x JOIN patient p ON p.id = x.patient_id
							               WHERE p.finess = :f AND x.number = '+33611223344')
							    || ' ' || (SELECT count(*) FROM payment_plan x JOIN patient p ON p.id = x.patient_id
							               WHERE p.finess = :f AND x.period_months = 2)""")
			.bind("f", f)
			.mapTo(String.class)
			.one());
		assertThat(recorded).isEqualTo("1 1 1 1");
	}

}

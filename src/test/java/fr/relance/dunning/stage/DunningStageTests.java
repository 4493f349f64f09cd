package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.testworld.Part;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * The dunning stage against the real database, one establishment of its own per test.
 * Nights are Tuesdays of March 2031 (no holiday); the ledger arrived the night before.
 */
@EngineTest
class DunningStageTests {

	static final LocalDate NIGHT = LocalDate.of(2031, 3, 11);

	@Autowired
	DunningNight night;

	@Autowired
	Jdbi jdbi;

	World world;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, NIGHT.minusDays(1));
	}

	@Test
	void plansTheFirstLetterForAPatientShareDueFortyDaysAgo() {
		Patient patient = world.patient("IPP-1001");
		patient.invoice("F-1001", NIGHT.minusDays(40)).patientPart("60.00");

		EstablishmentNight result = night.decide(world.finess, NIGHT);

		assertThat(result.cases()).isEqualTo(1);
		assertThat(result.planned()).isEqualTo(1);
		assertThat(actions(patient.id())).containsExactly(new Action("first-letter", "LETTER", "planned", NIGHT, null));
		Decision decision = decisions(patient.id()).get(0);
		assertThat(decision.outcome()).isEqualTo("ACT");
		assertThat(decision.codes()).containsExactly("STEP_TAKEN");
		assertThat(decision.arithmetic()).isEqualTo(
				"first-letter (LETTER): gain 60.00 x 0.2500 = 15.00 >= threshold 1.77 x (1 + 0.2) = 2.13; balance 60.00 >= minimum 5.00: worth it");
		Planned planned = planned(patient.id());
		assertThat(planned.cost()).isEqualByComparingTo("1.77");
		assertThat(planned.expectedGain()).isEqualByComparingTo("15.00");
		assertThat(planned.reference()).isEqualTo("RL20310311-" + planned.caseId() + "-1");
	}

	@Test
	void runningTheSameNightTwicePlansTheLetterOnce() {
		Patient patient = world.patient("IPP-1002");
		patient.invoice("F-1002", NIGHT.minusDays(40)).patientPart("60.00");

		night.decide(world.finess, NIGHT);
		EstablishmentNight again = night.decide(world.finess, NIGHT);

		assertThat(again.cases()).isZero();
		assertThat(again.planned()).isZero();
		assertThat(actions(patient.id())).hasSize(1);
		assertThat(decisions(patient.id())).hasSize(1);
	}

	@Test
	void theNextNightRepeatsNothingAndWaitsForTheNextStep() {
		Patient patient = world.patient("IPP-1003");
		patient.invoice("F-1003", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);

		EstablishmentNight next = night.decide(world.finess, NIGHT.plusDays(1));

		assertThat(next.planned()).isZero();
		assertThat(actions(patient.id())).extracting(Action::stepId).containsExactly("first-letter");
		Decision wait = decisions(patient.id()).get(1);
		assertThat(wait.outcome()).isEqualTo("WAIT");
		assertThat(wait.stepId()).isEqualTo("reminder-email");
		assertThat(wait.reasons()).contains("STEP_NOT_DUE: next step reminder-email is due on 2031-03-26");
	}

	@Test
	void aPaymentArrivingBeforeEmissionSuppressesThePlannedLetterWithItsReason() {
		Patient patient = world.patient("IPP-1004");
		Part part = patient.invoice("F-1004", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		part.paid("20.00", NIGHT.plusDays(1));

		EstablishmentNight next = night.decide(world.finess, NIGHT.plusDays(2));

		assertThat(next.suppressed()).isEqualTo(1);
		assertThat(actions(patient.id())).containsExactly(new Action("first-letter", "LETTER", "suppressed", NIGHT,
				"suppressed on 2031-03-13: RECENT_PAYMENT: payment on 2031-03-12, 1 days ago (hold 15)"));
		Decision blocked = decisions(patient.id()).get(1);
		assertThat(blocked.outcome()).isEqualTo("BLOCKED");
		assertThat(blocked.codes()).containsExactly("RECENT_PAYMENT");
	}

	@Test
	void aCaseSettledBeforeEmissionLosesItsLetterAndIsClosed() {
		Patient patient = world.patient("IPP-1005");
		Part part = patient.invoice("F-1005", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		part.paid("60.00", NIGHT.plusDays(1));

		night.decide(world.finess, NIGHT.plusDays(2));

		assertThat(actions(patient.id())).extracting(Action::status, Action::statusReason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("suppressed",
					"suppressed on 2031-03-13: NO_BALANCE: no open patient part; "
							+ "RECENT_PAYMENT: payment on 2031-03-12, 1 days ago (hold 15)"));
		assertThat(caseClosedOn(patient.id())).isEqualTo(NIGHT.plusDays(2));
	}

	@Test
	void anInsurerPartStillPendingHoldsTheCase() {
		Patient patient = world.patient("IPP-1006");
		Part part = patient.invoice("F-1006", NIGHT.minusDays(40)).patientPart("60.00");
		part.invoice().part("AMC", "90.00", "pending", NIGHT.minusDays(20));

		EstablishmentNight result = night.decide(world.finess, NIGHT);

		assertThat(result.planned()).isZero();
		assertThat(actions(patient.id())).isEmpty();
		Decision blocked = decisions(patient.id()).get(0);
		assertThat(blocked.outcome()).isEqualTo("BLOCKED");
		assertThat(blocked.reasons()).isEqualTo(
				"INSURER_PENDING: insurer part of invoice F-1006 billed on 2031-01-30, pending 40 days (window 120)");
	}

	@Test
	void theInsurerWindowCountsFromTheInvoiceDateNotFromTheNightTheEngineFirstSawThePart() {
		// billed in the autumn, first imported tonight (an establishment joining with a
		// backlog)
		Patient patient = world.patient("IPP-1020");
		Part part = patient.invoice("F-1020", NIGHT.minusDays(130)).patientPart("60.00");
		part.invoice().part("AMO", "140.00", "pending", NIGHT);

		night.decide(world.finess, NIGHT);

		Decision decision = decisions(patient.id()).get(0);
		assertThat(decision.codes()).doesNotContain("INSURER_PENDING").contains("INSURER_PENDING_BEYOND_WINDOW");
		assertThat(decision.reasons())
			.contains("insurer part of invoice F-1020 billed on 2030-11-01, pending 130 days (window 120)");
		assertThat(actions(patient.id())).extracting(Action::stepId).containsExactly("first-letter");
	}

	@Test
	void theInsurerWindowCountsFromTheLedgersBillingDateWhenNoB2LotIsKnown() {
		Patient patient = world.patient("IPP-1022");
		Part part = patient.invoice("F-1022", NIGHT.minusDays(130)).patientPart("60.00");
		part.invoice().part("AMO", "140.00", "pending", NIGHT);
		part.invoice().billedOn(NIGHT.minusDays(45));

		night.decide(world.finess, NIGHT);

		Decision decision = decisions(patient.id()).get(0);
		assertThat(decision.outcome()).isEqualTo("BLOCKED");
		assertThat(decision.reasons()).isEqualTo(
				"INSURER_PENDING: insurer part of invoice F-1022 billed on 2031-01-25, pending 45 days (window 120)");
	}

	@Test
	void theB2LotDateComesBeforeTheLedgersBillingDate() {
		Patient patient = world.patient("IPP-1023");
		Part part = patient.invoice("F-1023", NIGHT.minusDays(130)).patientPart("60.00");
		Part amo = part.invoice().part("AMO", "140.00", "pending", NIGHT);
		part.invoice().billedOn(NIGHT.minusDays(125));
		amo.billedThroughB2(NIGHT.minusDays(30));

		night.decide(world.finess, NIGHT);

		assertThat(decisions(patient.id()).get(0).reasons()).isEqualTo(
				"INSURER_PENDING: insurer part of invoice F-1023 billed on 2031-02-09, pending 30 days (window 120)");
	}

	@Test
	void theInsurerWindowCountsFromTheB2LotDateWhenTheInvoiceWasBilledThroughB2() {
		Patient patient = world.patient("IPP-1021");
		Part part = patient.invoice("F-1021", NIGHT.minusDays(130)).patientPart("60.00");
		Part amo = part.invoice().part("AMO", "140.00", "pending", NIGHT);
		amo.billedThroughB2(NIGHT.minusDays(30));

		night.decide(world.finess, NIGHT);

		Decision decision = decisions(patient.id()).get(0);
		assertThat(decision.outcome()).isEqualTo("BLOCKED");
		assertThat(decision.reasons()).isEqualTo(
				"INSURER_PENDING: insurer part of invoice F-1021 billed on 2031-02-09, pending 30 days (window 120)");
		assertThat(actions(patient.id())).isEmpty();
	}

	@Test
	void anInsurerPartAlreadyPaidDoesNotHoldTheCase() {
		Patient patient = world.patient("IPP-1007");
		Part part = patient.invoice("F-1007", NIGHT.minusDays(40)).patientPart("60.00");
		Part insurer = part.invoice().part("AMO", "140.00", "open", NIGHT.minusDays(45));
		insurer.paid("140.00", NIGHT.minusDays(30));

		night.decide(world.finess, NIGHT);

		assertThat(actions(patient.id())).extracting(Action::stepId).containsExactly("first-letter");
	}

	@Test
	void aBalanceBelowTheLetterCostIsNeverChasedAndTheSavingIsCounted() {
		Patient patient = world.patient("IPP-1008");
		patient.invoice("F-1008", NIGHT.minusDays(120)).patientPart("1.50");

		night.decide(world.finess, NIGHT);
		night.decide(world.finess, NIGHT.plusDays(1));

		List<Decision> decisions = decisions(patient.id());
		assertThat(decisions.get(0).outcome()).isEqualTo("WRITE_OFF_PROPOSAL");
		assertThat(decisions.get(0).codes()).containsExactly("BELOW_STEP_MINIMUM", "NO_STEP_WORTH_ITS_COST",
				"STEP_PASSED_OVER");
		assertThat(decisions.get(0).costAvoided()).isEqualByComparingTo("1.77");
		assertThat(actions(patient.id()))
			.containsExactly(new Action("write-off", "WRITE_OFF_PROPOSAL", "planned", NIGHT, null));
		assertThat(passedOver(patient.id())).containsExactly("first-letter", "formal-notice", "litigation-handover",
				"operator-call", "reminder-email", "reminder-sms", "second-letter");
		assertThat(decisions.get(1).outcome()).isEqualTo("LADDER_DONE");
	}

	@Test
	void aPartialPaymentNeitherSkipsNorRepeatsAStep() {
		Patient patient = world.patient("IPP-1009");
		Part part = patient.invoice("F-1009", NIGHT.minusDays(40)).patientPart("100.00");
		night.decide(world.finess, NIGHT);
		patient.emitPlanned();
		part.paid("30.00", NIGHT.plusDays(3));

		night.decide(world.finess, NIGHT.plusDays(5));
		world.ledger(NIGHT.plusDays(18));
		night.decide(world.finess, NIGHT.plusDays(19));

		assertThat(decisions(patient.id())).extracting(Decision::outcome).containsExactly("ACT", "BLOCKED", "ACT");
		assertThat(actions(patient.id())).extracting(Action::stepId, Action::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("first-letter", "emitted"),
					org.assertj.core.groups.Tuple.tuple("reminder-sms", "planned"));
		// the patient has no e-mail address: the e-mail step is passed over and the SMS
		// goes out on its usual day
		assertThat(decisions(patient.id()).get(2).arithmetic())
			.startsWith("reminder-email (EMAIL): gain 70.00 x 0.0600")
			.contains("\nreminder-sms (SMS): gain 70.00 x 0.0800");
	}

	@Test
	void explainPrintsEveryNightsDecisionWithItsReasons(@Autowired DecisionExplainer explainer) {
		Patient patient = world.patient("IPP-1010");
		Part part = patient.invoice("F-1010", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		part.paid("20.00", NIGHT.plusDays(1));
		night.decide(world.finess, NIGHT.plusDays(2));

		String text = explainer.explain(world.finess, "IPP-1010");

		assertThat(text).startsWith("Patient ****1010 at " + world.finess + " (Clinique des Essais (fictive))\n")
			.contains("first-letter by LETTER, planned on 2031-03-11: suppressed (suppressed on 2031-03-13: "
					+ "RECENT_PAYMENT: payment on 2031-03-12, 1 days ago (hold 15))")
			.contains("    2031-03-11 ACT first-letter by LETTER, balance 60.00 EUR (band 50to150), "
					+ "scenario private-clinic-2026.2\n      gates: stale_establishment_data passed, no_balance passed, "
					+ "insurer_pending passed, recent_payment passed,")
			.contains("      STEP_TAKEN: first-letter is due and worth its cost\n"
					+ "      value first-letter (LETTER): gain 60.00 x 0.2500 = 15.00 >= threshold")
			.contains("    2031-03-13 BLOCKED, balance 40.00 EUR (band 15to50), scenario private-clinic-2026.2\n"
					+ "      gates: stale_establishment_data passed, no_balance passed, insurer_pending passed, "
					+ "recent_payment FAILED,")
			.contains("      RECENT_PAYMENT: payment on 2031-03-12, 1 days ago (hold 15)\n"
					+ "      next review 2031-03-27\n")
			.doesNotContain("IPP-1010");
	}

	@Test
	void explainRefusesAPatientTheEstablishmentDoesNotHave(@Autowired DecisionExplainer explainer) {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> explainer.explain(world.finess, "IPP-404"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("establishment " + world.finess + " has no patient ****404");
	}

	record Action(String stepId, String channel, String status, LocalDate runDate, String statusReason) {
	}

	record Planned(long caseId, BigDecimal cost, BigDecimal expectedGain, String reference) {
	}

	record Decision(LocalDate runDate, String outcome, String stepId, List<String> codes, String reasons,
			String arithmetic, BigDecimal costAvoided) {
	}

	LocalDate caseClosedOn(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("SELECT closed_on FROM dunning_case WHERE patient_id = :patient")
			.bind("patient", patient)
			.mapTo(LocalDate.class)
			.one());
	}

	List<String> passedOver(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT s.step_id FROM dunning_step_passed s JOIN dunning_case c ON c.id = s.case_id
				WHERE c.patient_id = :patient ORDER BY s.step_id
				""").bind("patient", patient).mapTo(String.class).list());
	}

	List<Action> actions(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.step_id, a.channel, a.status, a.run_date, a.status_reason
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.patient_id = :patient ORDER BY a.step_number
				""")
			.bind("patient", patient)
			.map((rs, ctx) -> new Action(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.list());
	}

	Planned planned(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.case_id, a.cost, a.expected_gain, a.reference
				FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.patient_id = :patient AND a.status = 'planned'
				""")
			.bind("patient", patient)
			.map((rs, ctx) -> new Planned(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)))
			.one());
	}

	List<Decision> decisions(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT d.run_date, d.outcome, d.step_id, d.codes, d.reasons, d.arithmetic, d.cost_avoided
				FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.patient_id = :patient ORDER BY d.run_date, d.case_id
				""")
			.bind("patient", patient)
			.map((rs, ctx) -> new Decision(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					List.of((String[]) rs.getArray(4).getArray()), rs.getString(5), rs.getString(6),
					rs.getBigDecimal(7)))
			.list());
	}

}

package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.internal.CsvExport;
import fr.relance.dunning.stage.internal.NightSummaryDao;
import fr.relance.support.ids.Masking;
import fr.relance.testworld.Part;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * A case's decision is recorded the night it changes (or plans or suppresses an action,
 * or closes the case); the nights it stays the same store nothing, yet the CSV, the
 * counts and explain still see it on every night. Nights are Tuesday 11 March 2031 and
 * the days after; the ledger arrived the night before.
 */
@EngineTest
class DunningDecisionRecordTests {

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
	void twoNightsWithNothingChangedStoreOneDecisionAndTheSecondNightStillListsIt(@TempDir Path out) throws Exception {
		long patient = heldByItsInsurer("IPP-2001");

		night.decide(world.finess, NIGHT);
		EstablishmentNight second = night.decide(world.finess, NIGHT.plusDays(1));

		assertThat(second.cases()).isEqualTo(1);
		assertThat(recorded(patient)).containsExactly(NIGHT + " BLOCKED");
		assertThat(inForce(NIGHT.plusDays(1))).containsExactly("BLOCKED " + NIGHT);
		Path csv = jdbi.withHandle((h) -> new CsvExport(h).decisions(out, NIGHT.plusDays(1)));
		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8))
			.filteredOn((line) -> line.startsWith(world.finess + ","))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("," + Masking.tail("IPP-2001", 4) + ",2031-03-12,BLOCKED,,,"
					+ "60.00,50to150,,,,0.00,no,2031-05-30,INSURER_PENDING,private-clinic-2026.2,,2031-03-11"));
	}

	@Test
	void explainForTheSecondNightShowsTheDecisionAndSinceWhenItHolds(@Autowired DecisionExplainer explainer) {
		heldByItsInsurer("IPP-2002");
		night.decide(world.finess, NIGHT);
		night.decide(world.finess, NIGHT.plusDays(1));
		night.decide(world.finess, NIGHT.plusDays(2));

		String secondNight = explainer.explain(world.finess, "IPP-2002", NIGHT.plusDays(1));
		String history = explainer.explain(world.finess, "IPP-2002");

		assertThat(secondNight)
			.startsWith("Patient ****2002 at " + world.finess + " (Clinique des Essais (fictive)), night of "
					+ "2031-03-12\n")
			.contains("  Decision in force on 2031-03-12: unchanged since 11/03/2031\n"
					+ "    2031-03-11 BLOCKED, balance 60.00 EUR (band 50to150), scenario private-clinic-2026.2\n"
					+ "      gates: stale_establishment_data passed, no_balance passed, insurer_pending FAILED,")
			.contains("      INSURER_PENDING: insurer part of invoice F-2002 billed on 2031-01-30, pending 40 days "
					+ "(window 120)\n      next review 2031-05-30\n");
		assertThat(explainer.explain(world.finess, "IPP-2002", NIGHT))
			.contains("  Decision in force on 2031-03-11: recorded that night\n    2031-03-11 BLOCKED");
		assertThat(history).contains("      next review 2031-05-30\n"
				+ "    2031-03-12 to 2031-03-13, 2 nights: unchanged since 11/03/2031\n");
	}

	@Test
	void aPaymentChangesTheDecisionAndStoresANewRow() {
		Patient patient = world.patient("IPP-2003");
		Part part = patient.invoice("F-2003", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		night.decide(world.finess, NIGHT.plusDays(1));
		night.decide(world.finess, NIGHT.plusDays(2));
		part.paid("20.00", NIGHT.plusDays(3));

		night.decide(world.finess, NIGHT.plusDays(4));

		// the letter planned, then waiting for the SMS (the same two nights: one row),
		// then the payment holds the case
		assertThat(recorded(patient.id())).containsExactly(NIGHT + " ACT", NIGHT.plusDays(1) + " WAIT",
				NIGHT.plusDays(4) + " BLOCKED");
		assertThat(inForce(NIGHT.plusDays(2))).containsExactly("WAIT " + NIGHT.plusDays(1));
		assertThat(inForce(NIGHT.plusDays(4))).containsExactly("BLOCKED " + NIGHT.plusDays(4));
		assertThat(lastDecisionIsTheNewest(patient.id())).isTrue();
	}

	@Test
	void anUnchangedDecisionThatSuppressesAnActionIsRecorded() {
		Patient patient = world.patient("IPP-2004");
		Part part = patient.invoice("F-2004", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		part.paid("20.00", NIGHT.plusDays(1));
		night.decide(world.finess, NIGHT.plusDays(2));
		// the letter planned the first night is back to planned, as if a later night had
		// planned it again
		jdbi.useHandle((h) -> h.execute("UPDATE dunning_action SET status = 'planned', status_reason = NULL "
				+ "WHERE case_id = (SELECT id FROM dunning_case WHERE patient_id = ?)", patient.id()));

		EstablishmentNight third = night.decide(world.finess, NIGHT.plusDays(3));

		assertThat(third.suppressed()).isEqualTo(1);
		assertThat(recorded(patient.id())).containsExactly(NIGHT + " ACT", NIGHT.plusDays(2) + " BLOCKED",
				NIGHT.plusDays(3) + " BLOCKED");
	}

	@Test
	void rerunningAFinishedNightStoresNothingAndPlansNothing() {
		Patient patient = world.patient("IPP-2005");
		Part part = patient.invoice("F-2005", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		part.paid("20.00", NIGHT);
		Patient newcomer = world.patient("IPP-2006");
		newcomer.invoice("F-2006", NIGHT.minusDays(40)).patientPart("60.00");

		EstablishmentNight again = night.decide(world.finess, NIGHT);

		assertThat(again).isEqualTo(new EstablishmentNight(world.finess, 0, 0, 0));
		assertThat(recorded(patient.id())).containsExactly(NIGHT + " ACT");
		assertThat(recorded(newcomer.id())).isEmpty();
		assertThat(count("SELECT count(*) FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id "
				+ "WHERE c.finess = ? AND a.status = 'planned'"))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM dunning_case WHERE finess = ?")).isEqualTo(1);
		assertThat(count("SELECT cases FROM dunning_run WHERE finess = ?")).isEqualTo(1);
	}

	@Test
	void aNightOlderThanOneAlreadyDecidedIsRefusedAndChangesNothing() {
		Patient patient = world.patient("IPP-2009");
		patient.invoice("F-2009", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT.plusDays(1));

		assertThatThrownBy(() -> night.decide(world.finess, NIGHT)).hasMessageContaining(
				"on " + NIGHT + " refused: the later night " + NIGHT.plusDays(1) + " was decided already");
		assertThat(recorded(patient.id())).containsExactly(NIGHT.plusDays(1) + " ACT");
		assertThat(count("SELECT count(*) FROM dunning_run WHERE finess = ?")).isEqualTo(1);
	}

	@Test
	void aRowNamingNoCaseFailsTheEstablishmentsNightAndKeepsNothingOfIt() {
		Patient patient = world.patient("IPP-2010");
		patient.invoice("F-2010", NIGHT.minusDays(40)).patientPart("60.00");
		// the night's tables have no foreign keys: the night itself refuses to commit a
		// row naming no case
		jdbi.useHandle((h) -> h.execute("INSERT INTO dunning_step_passed (case_id, step_id, run_date) "
				+ "VALUES (-424242, 'planted', DATE '2031-01-01')"));
		try {
			assertThatThrownBy(() -> night.decide(world.finess, NIGHT)).hasMessageContaining("name no existing case");
			assertThat(recorded(patient.id())).isEmpty();
			assertThat(count("SELECT count(*) FROM dunning_case WHERE finess = ?")).isZero();
		}
		finally {
			jdbi.useHandle((h) -> h.execute("DELETE FROM dunning_step_passed WHERE case_id = -424242"));
		}
	}

	@Test
	void theNightsCountsTakeEveryCaseDecidedThatNightChangedOrNot() {
		// a night no other test decides, of an establishment of its own
		LocalDate first = LocalDate.of(2035, 3, 13);
		World alone = World.clinic(jdbi, first.minusDays(1));
		Patient held = alone.patient("IPP-2007");
		held.invoice("F-2007", first.minusDays(40))
			.patientPart("60.00")
			.invoice()
			.part("AMC", "90.00", "pending", first.minusDays(20));
		Patient small = alone.patient("IPP-2008");
		small.invoice("F-2008", first.minusDays(120)).patientPart("1.50");

		night.decide(alone.finess, first);
		night.decide(alone.finess, first.plusDays(1));

		assertThat(recorded(held.id())).containsExactly(first + " BLOCKED");
		assertThat(recorded(small.id())).containsExactly(first + " WRITE_OFF_PROPOSAL",
				first.plusDays(1) + " LADDER_DONE");
		assertThat(note(alone.finess, first))
			.isEqualTo("2 cases: nothing planned; 1 held (INSURER_PENDING 1); 0 waiting; "
					+ "0 deferred; 1 write-off proposals; 0 planned actions suppressed; 1.77 EUR not spent on actions not "
					+ "worth it");
		assertThat(note(alone.finess, first.plusDays(1)))
			.isEqualTo("2 cases: nothing planned; 1 held (INSURER_PENDING 1); "
					+ "0 waiting; 0 deferred; 0 write-off proposals; 0 planned actions suppressed; 0.00 EUR not spent on "
					+ "actions not worth it");
	}

	@Test
	void aNightRunWithAWrongDateIsErasedAndTheRealNightsAreDecidedAgain(@Autowired DecidedNightEraser eraser) {
		Patient patient = world.patient("IPP-2011");
		patient.invoice("F-2011", NIGHT.minusDays(40)).patientPart("60.00");
		night.decide(world.finess, NIGHT);
		// thirty years on, the debt is time-barred: the wrong night suppresses the
		// planned letter and closes nothing
		LocalDate wrong = LocalDate.of(2061, 6, 1);
		night.decide(world.finess, wrong);
		assertThat(actions(patient.id())).containsExactly("suppressed");

		eraser.erase(wrong);

		assertThat(recorded(patient.id())).containsExactly(NIGHT + " ACT");
		assertThat(actions(patient.id())).containsExactly("planned");
		assertThat(lastDecisionIsTheNewest(patient.id())).isTrue();
		assertThat(count("SELECT count(*) FROM dunning_run WHERE finess = ?")).isEqualTo(1);
		night.decide(world.finess, NIGHT.plusDays(1));
		assertThat(count("SELECT count(*) FROM dunning_run WHERE finess = ?")).isEqualTo(2);
		assertThat(actions(patient.id())).containsExactly("planned");
	}

	@Test
	void aNightWithLaterNightsOnTopIsNotErased(@Autowired DecidedNightEraser eraser) {
		Patient patient = world.patient("IPP-2012");
		patient.invoice("F-2012", NIGHT.minusDays(40)).patientPart("60.00");
		LocalDate wrong = LocalDate.of(2061, 7, 1);
		night.decide(world.finess, wrong);
		night.decide(world.finess, wrong.plusDays(1));

		assertThatThrownBy(() -> eraser.erase(wrong)).hasMessageContaining("remove the latest night first");
		assertThat(recorded(patient.id())).hasSize(1);
		eraser.erase(wrong.plusDays(1));
		eraser.erase(wrong);
		assertThat(recorded(patient.id())).isEmpty();
		assertThat(count("SELECT count(*) FROM dunning_case WHERE finess = ?")).isZero();
	}

	/** The statuses of the patient's actions, by step. */
	private List<String> actions(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.status FROM dunning_action a JOIN dunning_case c ON c.id = a.case_id
				WHERE c.patient_id = :patient ORDER BY a.id
				""").bind("patient", patient).mapTo(String.class).list());
	}

	private String note(String finess, LocalDate on) {
		return jdbi.withExtension(NightSummaryDao.class, (summary) -> NightNote.of(summary.outcomes(finess, on),
				summary.blockedBy(finess, on), summary.suppressed(finess, on)));
	}

	/**
	 * A patient whose 60.00 share waits for a supplementary insurer part pending for 20
	 * days: BLOCKED until 19 June.
	 */
	private long heldByItsInsurer(String externalId) {
		Patient patient = world.patient(externalId);
		Part part = patient.invoice("F-" + externalId.substring(4), NIGHT.minusDays(40)).patientPart("60.00");
		part.invoice().part("AMC", "90.00", "pending", NIGHT.minusDays(20));
		return patient.id();
	}

	/** The patient's recorded decisions, "night OUTCOME", oldest first. */
	private List<String> recorded(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT d.run_date || ' ' || d.outcome FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.patient_id = :patient ORDER BY d.run_date
				""").bind("patient", patient).mapTo(String.class).list());
	}

	/**
	 * The establishment's decisions in force on a night, "OUTCOME recorded-night", by
	 * case.
	 */
	private List<String> inForce(LocalDate on) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT d.outcome || ' ' || d.run_date FROM dunning_decision_in_force(:on) d
				JOIN dunning_case c ON c.id = d.case_id WHERE c.finess = :finess ORDER BY d.case_id
				""").bind("on", on).bind("finess", world.finess).mapTo(String.class).list());
	}

	private boolean lastDecisionIsTheNewest(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT c.last_decision_id = (SELECT max(d.id) FROM dunning_decision d WHERE d.case_id = c.id)
				FROM dunning_case c WHERE c.patient_id = :patient
				""").bind("patient", patient).mapTo(Boolean.class).one());
	}

	private long count(String sql) {
		return jdbi.withHandle((h) -> h.createQuery(sql).bind(0, world.finess).mapTo(Long.class).one());
	}

}

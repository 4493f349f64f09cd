package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.testworld.Part;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * Calibration from planted outcomes: 40 first letters emitted 60 days before the night on
 * balances of the 50to150 band (prior Beta(5, 15), uplift 0.25), some followed by a
 * payment within 30 days; optionally 20 control cases held back on the same step. The
 * base-rate prior is Beta(1, 9).
 */
@EngineTest
class DunningCalibrationTests {

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
	void lettersFollowedByPaymentsRaiseTheUpliftAndTheRaisedFigureIsUsedTonight() {
		plantLetters(40, 30);
		Patient patient = world.patient("IPP-NEW");
		patient.invoice("F-NEW", NIGHT.minusDays(40)).patientPart("60.00");

		night.decide(world.finess, NIGHT);

		// base rate 1/10; credited 30 - 0.1 x 40 = 26; posterior Beta(5 + 26, 15 + 14) =
		// 31/60
		Cell cell = cell("first-letter", "50to150");
		assertThat(cell).isEqualTo(new Cell(30, 10, 0, 0, new BigDecimal("0.2500"), new BigDecimal("0.1000"),
				new BigDecimal("26.00"), new BigDecimal("0.5167")));
		assertThat(arithmetic(patient.id())).startsWith("first-letter (LETTER): gain 60.00 x 0.5167 = 31.00 >= ");
	}

	@Test
	void lettersNeverFollowedByPaymentsLowerTheUplift() {
		plantLetters(40, 0);

		night.decide(world.finess, NIGHT);

		// nothing credited: posterior Beta(5, 15 + 40) = 5/60
		assertThat(cell("first-letter", "50to150").uplift()).isEqualByComparingTo("0.0833");
	}

	@Test
	void paymentsOfCasesLeftAloneAreNotCreditedToTheLetter() {
		plantLetters(40, 30);
		plantControls(20, 10);

		night.decide(world.finess, NIGHT);

		// base rate (1 + 10) / (10 + 20) = 0.3667; credited 30 - 0.36667 x 40 = 15.33;
		// Beta(20.33, 39.67)
		Cell cell = cell("first-letter", "50to150");
		assertThat(cell.controlPaid()).isEqualTo(10);
		assertThat(cell.controlUnpaid()).isEqualTo(10);
		assertThat(cell.baseRate()).isEqualByComparingTo("0.3667");
		assertThat(cell.credited()).isEqualByComparingTo("15.33");
		assertThat(cell.uplift()).isEqualByComparingTo("0.3389");
	}

	record Cell(int actedPaid, int actedUnpaid, int controlPaid, int controlUnpaid, BigDecimal priorUplift,
			BigDecimal baseRate, BigDecimal credited, BigDecimal uplift) {
	}

	/**
	 * {@code count} patients got a first letter 60 days ago; the first {@code paid} paid
	 * 10 days after it.
	 */
	private void plantLetters(int count, int paid) {
		for (int i = 0; i < count; i++) {
			Patient patient = world.patient("IPP-L" + i);
			Part part = patient.invoice("F-L" + i, NIGHT.minusDays(80)).patientPart("80.00");
			patient.openCase(NIGHT.minusDays(70)).emittedFirstLetter("50to150", NIGHT.minusDays(60));
			if (i < paid) {
				part.paid("80.00", NIGHT.minusDays(50));
			}
		}
	}

	/**
	 * {@code count} patients were held back on their first letter 60 days ago;
	 * {@code paid} paid anyway.
	 */
	private void plantControls(int count, int paid) {
		for (int i = 0; i < count; i++) {
			Patient patient = world.patient("IPP-C" + i);
			Part part = patient.invoice("F-C" + i, NIGHT.minusDays(80)).patientPart("80.00");
			patient.openCase(NIGHT.minusDays(70)).heldBackFirstLetter("50to150", NIGHT.minusDays(60));
			if (i < paid) {
				part.paid("80.00", NIGHT.minusDays(45));
			}
		}
	}

	private Cell cell(String step, String band) {
		return jdbi.withHandle((h) -> h
			.createQuery(
					"""
							SELECT acted_paid, acted_unpaid, control_paid, control_unpaid, prior_uplift, base_rate, credited, uplift
							FROM dunning_calibration WHERE finess = :finess AND run_date = :night AND step_id = :step AND band = :band
							""")
			.bind("finess", world.finess)
			.bind("night", NIGHT)
			.bind("step", step)
			.bind("band", band)
			.map((rs, ctx) -> new Cell(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)))
			.one());
	}

	private String arithmetic(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT d.arithmetic FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.patient_id = :patient AND d.run_date = :night
				""").bind("patient", patient).bind("night", NIGHT).mapTo(String.class).one());
	}

}

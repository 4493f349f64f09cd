package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;

import fr.relance.EngineTest;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;
import fr.relance.support.batch.StageLine;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.ids.Masking;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/** The dunning stage inside the nightly job, on the sample private clinic. */
@EngineTest
// its nights run the dunning of the sample establishments: a later night of another class
// would refuse them
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
// in date order: an older night after a later one is refused
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DunningJobTests {

	static final LocalDate NIGHT = LocalDate.of(2032, 5, 11);

	@Autowired
	NightlyRunner nightly;

	@Autowired
	Jdbi jdbi;

	@Autowired
	RelanceProperties properties;

	@Test
	@Order(1)
	void theNightPlansTheLetterReportsItAndWritesTheDecisionsAndCalibrationFiles(@Autowired EstablishmentSync sync)
			throws Exception {
		sync.sync();
		World clinic = World.existing(jdbi, "750000010", NIGHT.minusDays(1));
		Patient patient = clinic.patient("IPP-NIGHT-77");
		patient.invoice("F-NIGHT-77", NIGHT.minusDays(40)).patientPart("60.00");

		NightOutcome outcome = nightly.run(NIGHT);

		assertThat(outcome.completed()).isTrue();
		// other tests of this shared database also have open cases at this clinic: look
		// at this patient's line
		StageLine dunning = dunningLine(outcome);
		assertThat(dunning.written()).isGreaterThanOrEqualTo(1);
		assertThat(dunning.note()).matches(".*750000010: \\d+ cases: \\d+ letters planned; .*");
		Path day = properties.out().resolve(NIGHT.toString());
		List<String> decisions = Files.readAllLines(day.resolve("dunning-decisions.csv"), StandardCharsets.UTF_8);
		assertThat(decisions.get(0)).isEqualTo("finess,case_id,patient,run_date,outcome,step_id,channel,balance,band,"
				+ "uplift,cost,expected_gain,cost_avoided,human_review,next_review,reasons,scenario_version,action_id,"
				+ "decided_on");
		assertThat(decisions).filteredOn(d -> d.contains("," + Masking.tail("IPP-NIGHT-77", 4) + ","))
			.singleElement()
			.satisfies(d -> assertThat(d).startsWith("750000010,")
				.contains(",2032-05-11,ACT,first-letter,"
						+ "LETTER,60.00,50to150,0.2500,1.77,15.00,0.00,no,,STEP_TAKEN,private-clinic-2026.2,")
				.endsWith(",2032-05-11"));
		assertThat(Files.readAllLines(day.resolve("dunning-calibration.csv"), StandardCharsets.UTF_8))
			.containsExactly("finess,run_date,scenario_version,step_id,band,acted_paid,acted_unpaid,control_paid,"
					+ "control_unpaid,prior_uplift,base_rate,credited,alpha,beta,uplift");
	}

	@Test
	@Order(2)
	void aResumedNightRedoesOnlyTheEstablishmentsThatDidNotFinish(@Autowired EstablishmentSync sync) throws Exception {
		LocalDate night = NIGHT.plusDays(7);
		sync.sync();
		World clinic = World.existing(jdbi, "750000010", night.minusDays(1));
		Patient clinicPatient = clinic.patient("IPP-RESUME-1");
		clinicPatient.invoice("F-RESUME-1", night.minusDays(40)).patientPart("60.00");
		World hospital = World.existing(jdbi, "670000025", night.minusDays(1));
		Patient hospitalPatient = hospital.patient("IPP-RESUME-2");
		hospitalPatient.invoice("F-RESUME-2", night.minusDays(40)).patientPart("60.00");
		NightOutcome failed;
		try {
			failOnceAtTheEndOf("670000025");
			failed = nightly.run(night);
		}
		finally {
			jdbi.useHandle((h) -> h.execute("DROP TRIGGER dunning_run_planted_failure ON dunning_run"));
		}

		NightOutcome resumed = nightly.run(night);

		assertThat(dunningLine(failed).status()).isEqualTo("FAILED");
		assertThat(dunningLine(failed).note()).contains("670000025: failed: ");
		assertThat(resumed.completed()).isTrue();
		// the hospital only was decided again (the clinic had committed); the summary
		// covers the whole night
		assertThat(dunningLine(resumed).read()).isEqualTo(dunningLine(failed).read() + 1);
		assertThat(count("dunning_decision", clinicPatient.id())).isEqualTo(1);
		assertThat(count("dunning_action", clinicPatient.id())).isEqualTo(1);
		assertThat(count("dunning_decision", hospitalPatient.id())).isEqualTo(1);
	}

	/**
	 * A real failure inside the establishment's transaction, after its decisions were
	 * written.
	 */
	private void failOnceAtTheEndOf(String finess) {
		jdbi.useHandle((h) -> {
			h.execute("""
					CREATE OR REPLACE FUNCTION dunning_run_planted_failure() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN RAISE EXCEPTION 'planted failure for %', NEW.finess; END $$""");
			h.execute("CREATE TRIGGER dunning_run_planted_failure BEFORE INSERT ON dunning_run FOR EACH ROW "
					+ "WHEN (NEW.finess = '" + finess + "') EXECUTE FUNCTION dunning_run_planted_failure()");
		});
	}

	private static StageLine dunningLine(NightOutcome outcome) {
		return outcome.summary().stages().stream().filter((s) -> s.stage().equals("dunning")).findFirst().orElseThrow();
	}

	private int count(String table, long patient) {
		return jdbi.withHandle((h) -> h
			.createQuery("SELECT count(*) FROM " + table
					+ " t JOIN dunning_case c ON c.id = t.case_id WHERE c.patient_id = :patient")
			.bind("patient", patient)
			.mapTo(Integer.class)
			.one());
	}

}

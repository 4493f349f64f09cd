package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.testworld.Patient;
import fr.relance.testworld.World;

/**
 * CPCE R124-4 against the database: every contact after the first letter quotes that
 * letter's reference and date, so no later step is planned before the first letter has
 * gone out (been emitted by the output stage).
 */
@EngineTest
class FirstLetterQuotingTests {

	static final LocalDate NIGHT = LocalDate.of(2031, 3, 11);

	/** Fifteen days after the first letter, a Wednesday: the reminder SMS is due. */
	static final LocalDate SMS_NIGHT = NIGHT.plusDays(15);

	@Autowired
	DunningNight night;

	@Autowired
	Jdbi jdbi;

	World world;

	@BeforeEach
	void newClinic() {
		world = World.clinic(jdbi, NIGHT.minusDays(1));
	}

	private List<Map<String, Object>> actions(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT a.step_id, a.status, a.reference, a.quotes_reference FROM dunning_action a
				JOIN dunning_case c ON c.id = a.case_id WHERE c.patient_id = :p ORDER BY a.step_number""")
			.bind("p", patient)
			.mapToMap()
			.list());
	}

	private String lastCodes(long patient) {
		return jdbi.withHandle((h) -> h.createQuery("""
				SELECT array_to_string(d.codes, ' ') FROM dunning_decision d JOIN dunning_case c ON c.id = d.case_id
				WHERE c.patient_id = :p ORDER BY d.run_date DESC, d.id DESC LIMIT 1""")
			.bind("p", patient)
			.mapTo(String.class)
			.one());
	}

	@Test
	void theReminderAfterAnEmittedFirstLetterQuotesItsReference() {
		Patient patient = world.patient("IPP-Q1");
		patient.invoice("F-Q1", NIGHT.minusDays(40)).patientPart("80.00");
		night.decide(world.finess, NIGHT);
		patient.emitPlanned();
		world.ledger(SMS_NIGHT.minusDays(1));

		night.decide(world.finess, SMS_NIGHT);

		List<Map<String, Object>> actions = actions(patient.id());
		String letter = (String) actions.get(0).get("reference");
		assertThat(letter).startsWith("RL20310311-");
		assertThat(actions)
			.extracting((a) -> a.get("step_id"), (a) -> a.get("status"), (a) -> a.get("quotes_reference"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("first-letter", "emitted", null),
					org.assertj.core.groups.Tuple.tuple("reminder-sms", "planned", letter));
	}

	@Test
	void noReminderIsPlannedWhileTheFirstLetterHasNotGoneOut() {
		Patient patient = world.patient("IPP-Q2");
		patient.invoice("F-Q2", NIGHT.minusDays(40)).patientPart("80.00");
		night.decide(world.finess, NIGHT);
		world.ledger(SMS_NIGHT.minusDays(1));

		night.decide(world.finess, SMS_NIGHT);

		assertThat(actions(patient.id())).extracting((a) -> a.get("step_id"), (a) -> a.get("status"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("first-letter", "planned"));
		assertThat(lastCodes(patient.id())).contains("NO_FIRST_LETTER_REFERENCE");
	}

}

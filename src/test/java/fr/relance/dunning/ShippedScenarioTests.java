package fr.relance.dunning;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.relance.dunning.scenario.ScenarioLoader;

import static fr.relance.dunning.Cases.RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped ladders behave as their README says (jobs/scenarios/README.md, "Worked
 * threshold").
 */
class ShippedScenarioTests {

	private final DunningPolicy privateClinic = new DunningPolicy(
			ScenarioLoader.load(Path.of("jobs/scenarios/private-clinic.yml")), DunningSettings.defaults());

	private final DunningPolicy publicHospital = new DunningPolicy(
			ScenarioLoader.load(Path.of("jobs/scenarios/public-hospital.yml")), DunningSettings.defaults());

	@ParameterizedTest(name = "private clinic, {0} EUR -> {1}")
	@CsvSource({ "7.10, ACT", "7.09, DEFER" })
	void privateFirstLetterThresholdIsSevenTen(String balance, Outcome outcome) {
		DunningDecision decision = this.privateClinic.decide(Cases.owing(balance).build(), RUN);

		assertThat(decision.outcome()).isEqualTo(outcome);
		assertThat(decision.value().threshold()).isEqualByComparingTo("2.13");
		assertThat(decision.scenarioVersion()).isEqualTo("private-clinic-2026.2");
	}

	@Test
	void publicHospitalDoesNotChaseBelowItsRecoveryThreshold() {
		DunningDecision below = this.publicHospital.decide(Cases.owing("14.99").build(), RUN);
		DunningDecision at = this.publicHospital.decide(Cases.owing("15.00").build(), RUN);

		assertThat(below.has(ReasonCode.BELOW_STEP_MINIMUM)).isTrue();
		assertThat(at.outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void publicHospitalUsesTheFourYearHorizon() {
		Cases threeYearsOld = Cases.owing("120.00").dueOn(LocalDate.of(2023, 3, 1));

		assertThat(this.publicHospital.decide(threeYearsOld.build(), RUN).outcome()).isEqualTo(Outcome.ACT);
		assertThat(this.privateClinic.decide(threeYearsOld.build(), RUN).has(ReasonCode.TIME_BARRED)).isTrue();
	}

}

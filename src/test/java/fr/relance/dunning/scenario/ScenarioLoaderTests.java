package fr.relance.dunning.scenario;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioLoaderTests {

	private static final String VALID = """
			version: v1
			name: Minimal
			sector: PRIVATE
			margin: 0.20
			bands:
			  - {name: small, upTo: 50}
			  - {name: large}
			steps:
			  - id: letter
			    channel: LETTER
			    delay: {days: 10, after: DUE_DATE}
			    cost: {stamp: 1.52, print: 0.15, enveloping: 0.10}
			    uplift: {small: {probability: 0.3, weight: 20}, large: {alpha: 4, beta: 16}}
			  - id: sms
			    channel: SMS
			    delay: {days: 15}
			    cost: {sms: 0.06}
			    uplift: {small: {alpha: 1, beta: 9}, large: {alpha: 1, beta: 9}}
			  - id: call
			    channel: CALL
			    delay: {days: 10}
			    cost: {operatorMinutes: 6, hourlyCost: 30}
			    uplift: {small: {alpha: 1, beta: 9}, large: {alpha: 1, beta: 9}}
			""";

	private static Scenario load(String yaml) {
		return ScenarioLoader.load("clinic.yml", new StringReader(yaml));
	}

	@Test
	void loadsShippedPrivateClinicScenario() {
		Scenario scenario = ScenarioLoader.load(Path.of("jobs/scenarios/private-clinic.yml"));

		assertThat(scenario.version()).isEqualTo("private-clinic-2026.2");
		assertThat(scenario.sector()).isEqualTo(Sector.PRIVATE);
		assertThat(scenario.steps()).extracting(ScenarioStep::channel)
			.containsExactly(Channel.LETTER, Channel.EMAIL, Channel.SMS, Channel.LETTER, Channel.CALL,
					Channel.REGISTERED_LETTER, Channel.HANDOVER, Channel.WRITE_OFF_PROPOSAL);
		assertThat(scenario.steps()).extracting((s) -> s.cost().total())
			.containsExactly(new BigDecimal("1.77"), new BigDecimal("0.01"), new BigDecimal("0.06"),
					new BigDecimal("1.77"), new BigDecimal("3.00"), new BigDecimal("7.65"), new BigDecimal("17.50"),
					new BigDecimal("1.00"));
		assertThat(scenario.step("first-letter").prior(scenario.band(new BigDecimal("10.00"))).mean())
			.isEqualByComparingTo("0.3000");
	}

	@Test
	void loadsShippedPublicHospitalScenario() {
		Scenario scenario = ScenarioLoader.load(Path.of("jobs/scenarios/public-hospital.yml"));

		assertThat(scenario.version()).isEqualTo("public-hospital-2026.1");
		assertThat(scenario.sector().limitationYears()).isEqualTo(4);
		assertThat(scenario.steps().get(0).minimumBalance()).isEqualByComparingTo("15.00");
		assertThat(scenario.steps()).extracting(ScenarioStep::id)
			.containsExactly("first-letter", "reminder-sms", "second-letter", "operator-call", "accountant-handover",
					"write-off");
	}

	@Test
	void readsBandsAsContiguousRanges() {
		Scenario scenario = load(VALID);

		assertThat(scenario.band(new BigDecimal("49.99")).name()).isEqualTo("small");
		assertThat(scenario.band(new BigDecimal("50.00")).name()).isEqualTo("large");
		assertThat(scenario.bands().get(1).from()).isEqualByComparingTo("50");
	}

	@Test
	void rejectsNegativeCostComponentNamingFileAndKey() {
		assertThatThrownBy(() -> load(VALID.replace("{operatorMinutes: 6, hourlyCost: 30}",
				"{stamp: -1.52, operatorMinutes: 6, hourlyCost: 30}")))
			.isInstanceOf(ScenarioException.class)
			.hasMessage("clinic.yml line 22, steps[2].cost.stamp: must be >= 0");
	}

	@Test
	void refusesScenarioWhoseFirstStepIsNotALetter() {
		String smsFirst = VALID.replaceFirst("channel: LETTER", "channel: SMS");

		assertThatThrownBy(() -> load(smsFirst)).isInstanceOf(ScenarioException.class)
			.hasMessage(
					"clinic.yml line 10, steps[0].channel: the first contact must be the CPCE R124-4 letter (LETTER), not SMS");
	}

	@Test
	void listsEveryProblemAtOnce() {
		String broken = VALID.replace("margin: 0.20", "margin: lots")
			.replace("channel: CALL", "channel: FAX")
			.replace("{small: {probability: 0.3, weight: 20}, large: {alpha: 4, beta: 16}}",
					"{small: {probability: 1.2, weight: 20}, huge: {alpha: 4, beta: 16}}")
			.replace("delay: {days: 15}", "delay: {days: -3}\n    colour: red");

		assertThatThrownBy(() -> load(broken)).isInstanceOf(ScenarioException.class)
			.satisfies((ex) -> assertThat(((ScenarioException) ex).errors()).containsExactlyInAnyOrder(
					"clinic.yml line 4, margin: must be a number, got 'lots'",
					"clinic.yml line 13, steps[0].uplift.huge: unknown band",
					"clinic.yml line 13, steps[0].uplift.small.probability: must be < 1",
					"clinic.yml line 13, steps[0].uplift.large: is required (every band needs a prior)",
					"clinic.yml line 17, steps[1].colour: unknown key (allowed: [channel, cost, delay, id, minimumBalance, uplift])",
					"clinic.yml line 16, steps[1].delay.days: must be >= 0",
					"clinic.yml line 21, steps[2].channel: must be one of [LETTER, SMS, CALL, REGISTERED_LETTER, EMAIL, HANDOVER, WRITE_OFF_PROPOSAL], got 'FAX'"));
	}

	@Test
	void rejectsBandsOutOfOrderAndDuplicateSteps() {
		String broken = VALID.replace("{name: small, upTo: 50}", "{name: small, upTo: 0}")
			.replace("id: sms", "id: letter");

		assertThatThrownBy(() -> load(broken)).isInstanceOf(ScenarioException.class)
			.satisfies((ex) -> assertThat(((ScenarioException) ex).errors()).containsExactlyInAnyOrder(
					"clinic.yml line 6, bands[0].upTo: must be > 0.00 (bands in increasing order)",
					"clinic.yml line 14, steps[1].id: duplicate step id 'letter'"));
	}

	@Test
	void rejectsWriteOffBeforeTheEndAndOperatorTimeWithoutHourlyCost() {
		String broken = VALID.replace("channel: SMS", "channel: WRITE_OFF_PROPOSAL")
			.replace("{operatorMinutes: 6, hourlyCost: 30}", "{operatorMinutes: 6}");

		assertThatThrownBy(() -> load(broken)).isInstanceOf(ScenarioException.class)
			.satisfies((ex) -> assertThat(((ScenarioException) ex).errors()).containsExactlyInAnyOrder(
					"clinic.yml line 15, steps[1].channel: WRITE_OFF_PROPOSAL can only be the last step",
					"clinic.yml line 22, steps[2].cost.hourlyCost: is required when operatorMinutes is set"));
	}

	@Test
	void reportsMissingRequiredKeysAndInvalidYaml() {
		assertThatThrownBy(() -> load("name: x\n")).isInstanceOf(ScenarioException.class)
			.satisfies((ex) -> assertThat(((ScenarioException) ex).errors()).contains(
					"clinic.yml line 1, version: is required", "clinic.yml line 1, steps: is required",
					"clinic.yml line 1, bands: is required"));
		assertThatThrownBy(() -> load("steps: [unclosed")).isInstanceOf(ScenarioException.class)
			.hasMessageStartingWith("clinic.yml line 1: not valid YAML:");
	}

}

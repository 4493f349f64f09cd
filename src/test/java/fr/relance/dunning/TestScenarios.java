package fr.relance.dunning;

import java.io.StringReader;

import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioLoader;

/**
 * A ladder with round figures so that thresholds are easy to compute by hand: margin
 * 0.25; letters cost 1.80 (threshold 2.25), SMS 0.06 (threshold 0.08), a call 3.00
 * (threshold 3.75), the formal notice 7.60 (threshold 9.50).
 */
final class TestScenarios {

	static final String LADDER = """
			version: test-ladder-1
			name: Test ladder
			sector: PRIVATE
			margin: 0.25
			bands:
			  - {name: small, upTo: 50.00}
			  - {name: large}
			steps:
			  - id: letter-1
			    channel: LETTER
			    delay: {days: 10, after: DUE_DATE}
			    minimumBalance: 5.00
			    cost: {stamp: 1.52, print: 0.28}
			    uplift: {small: {alpha: 5, beta: 15}, large: {probability: 0.20, weight: 20}}
			  - id: sms-1
			    channel: SMS
			    delay: {days: 15}
			    minimumBalance: 5.00
			    cost: {sms: 0.06}
			    uplift: {small: {alpha: 2, beta: 18}, large: {alpha: 2, beta: 18}}
			  - id: letter-2
			    channel: LETTER
			    delay: {days: 15}
			    minimumBalance: 15.00
			    cost: {stamp: 1.52, print: 0.28}
			    uplift: {small: {alpha: 2, beta: 18}, large: {alpha: 2, beta: 18}}
			  - id: call
			    channel: CALL
			    delay: {days: 10}
			    minimumBalance: 50.00
			    cost: {operatorMinutes: 6, hourlyCost: 30}
			    uplift: {small: {alpha: 3, beta: 17}, large: {alpha: 3, beta: 17}}
			  - id: sms-2
			    channel: SMS
			    delay: {days: 10}
			    minimumBalance: 5.00
			    cost: {sms: 0.06}
			    uplift: {small: {alpha: 2, beta: 18}, large: {alpha: 2, beta: 18}}
			  - id: notice
			    channel: REGISTERED_LETTER
			    delay: {days: 15}
			    minimumBalance: 80.00
			    cost: {registeredLetter: 7.40, print: 0.20}
			    uplift: {small: {alpha: 4, beta: 16}, large: {alpha: 4, beta: 16}}
			  - id: write-off
			    channel: WRITE_OFF_PROPOSAL
			    delay: {days: 30}
			    cost: {operatorMinutes: 2, hourlyCost: 30}
			""";

	private TestScenarios() {
	}

	static Scenario ladder() {
		return ScenarioLoader.load("test-ladder.yml", new StringReader(LADDER));
	}

}

package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static fr.relance.dunning.Cases.RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stamp-cost threshold. Test ladder: margin 0.25; letter-1 costs 1.80 (threshold
 * 2.25) with uplift 0.25 below 50 EUR, so 9.00 is the smallest balance worth a first
 * letter.
 */
class DunningValueTests {

	private static final LocalDate OLD_DUE = LocalDate.of(2025, 11, 1);

	private final DunningPolicy policy = new DunningPolicy(TestScenarios.ladder(), DunningSettings.defaults());

	private DunningDecision decide(Cases given) {
		return this.policy.decide(given.build(), RUN);
	}

	@ParameterizedTest(name = "balance {0}, due {1} -> {2}")
	@CsvSource({ "9.00, 2026-02-01, ACT", "8.99, 2026-02-01, DEFER", "8.99, 2025-11-01, WRITE_OFF_PROPOSAL",
			"0.05, 2025-11-01, WRITE_OFF_PROPOSAL", "49.99, 2026-02-01, ACT", "5000.00, 2025-11-01, ACT" })
	void firstLetterOnlyWhenWorthItsCost(String balance, LocalDate due, Outcome outcome) {
		DunningDecision decision = decide(Cases.owing(balance).dueOn(due));

		assertThat(decision.outcome()).isEqualTo(outcome);
	}

	@Test
	void showsTheArithmeticOfTheThreshold() {
		DunningDecision decision = decide(Cases.owing("9.00"));

		assertThat(decision.value().arithmetic()).isEqualTo("letter-1 (LETTER): gain 9.00 x 0.2500 = 2.25 >= threshold"
				+ " 1.80 x (1 + 0.25) = 2.25; balance 9.00 >= minimum 5.00: worth it");
		assertThat(decision.value().uplift()).isEqualByComparingTo("0.2500");
		assertThat(decision.value().uplift().scale()).isEqualTo(4);
		assertThat(decision.value().cost().scale()).isEqualTo(2);
		assertThat(decision.costAvoided()).isEqualByComparingTo("0.00");
	}

	@Test
	void aCentBelowWaitsForOtherInvoicesWhileTheCaseIsYoung() {
		DunningDecision decision = decide(Cases.owing("8.99"));

		assertThat(decision.value().expectedGain()).isEqualByComparingTo("2.24");
		assertThat(decision.reasons()).extracting(Reason::code)
			.containsExactly(ReasonCode.GAIN_BELOW_COST, ReasonCode.WAITING_FOR_BUNDLING);
		assertThat(decision.nextReview()).isEqualTo(LocalDate.of(2026, 5, 2));
		assertThat(decision.costAvoided()).isEqualByComparingTo("0.00");
	}

	@Test
	void aCentBelowOnAnOldCaseEndsWithAWriteOffProposalCountingTheSaving() {
		DunningDecision decision = decide(Cases.owing("8.99").dueOn(OLD_DUE));

		assertThat(decision.stepId()).isEqualTo("write-off");
		assertThat(decision.costAvoided()).isEqualByComparingTo("1.80");
		assertThat(decision.passedOverSteps()).containsExactly("letter-1", "sms-1", "letter-2", "call", "sms-2",
				"notice");
		assertThat(decision.has(ReasonCode.NO_STEP_WORTH_ITS_COST)).isTrue();
		assertThat(decision.has(ReasonCode.BELOW_COST_OF_EVERY_ACTION)).isFalse();
		assertThat(decision.explanation()).contains("Cost avoided 1.80 EUR.");
	}

	@Test
	void balanceBelowTheCheapestActionIsNeverChased() {
		DunningDecision decision = decide(Cases.owing("0.05").dueOn(OLD_DUE));

		assertThat(decision.has(ReasonCode.BELOW_COST_OF_EVERY_ACTION)).isTrue();
		assertThat(decision.valueChecks()).hasSize(1);
	}

	@Test
	void takesTheCheapestLaterStepWhenTheDueOneIsNotWorthIt() {
		// letter-2 at 20.00: 20.00 x 0.10 = 2.00 < 2.25; the call needs 50.00; sms-2
		// clears at 0.08
		DunningDecision decision = decide(Cases.owing("20.00")
			.done("letter-1", LocalDate.of(2026, 1, 5))
			.done("sms-1", LocalDate.of(2026, 1, 20)));

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.stepId()).isEqualTo("sms-2");
		assertThat(decision.passedOverSteps()).containsExactly("letter-2", "call");
		assertThat(decision.costAvoided()).isEqualByComparingTo("1.80");
		assertThat(decision.value().stepId()).isEqualTo("sms-2");
		assertThat(decision.valueChecks()).extracting(ValueCheck::stepId)
			.containsExactly("letter-2", "call", "sms-2", "notice");
		assertThat(decision.firstLetter()).isEqualTo(new FirstLetter("RL-2026-000123", LocalDate.of(2026, 1, 5)));
	}

	@Test
	void stepMinimumIsAHardFloorEvenWhenTheGainClears() {
		Cases atCall = Cases.owing("49.99")
			.done("letter-1", LocalDate.of(2025, 12, 1))
			.done("sms-1", LocalDate.of(2025, 12, 16))
			.done("letter-2", LocalDate.of(2026, 1, 5));

		DunningDecision below = decide(atCall);

		assertThat(below.valueChecks().get(0).expectedGain()).isEqualByComparingTo("7.49");
		assertThat(below.has(ReasonCode.BELOW_STEP_MINIMUM)).isTrue();
		assertThat(below.stepId()).isEqualTo("sms-2");
		assertThat(below.costAvoided()).isEqualByComparingTo("3.00");
	}

	@Test
	void formalNoticeBelowItsMinimumWithNothingCheaperLeftProposesWriteOff() {
		DunningDecision decision = decide(Cases.owing("60.00")
			.done("letter-1", LocalDate.of(2025, 11, 1))
			.done("sms-1", LocalDate.of(2025, 11, 16))
			.done("letter-2", LocalDate.of(2025, 12, 1))
			.done("call", LocalDate.of(2025, 12, 11))
			.done("sms-2", LocalDate.of(2025, 12, 21)));

		assertThat(decision.outcome()).isEqualTo(Outcome.WRITE_OFF_PROPOSAL);
		assertThat(decision.stepId()).isEqualTo("write-off");
		assertThat(decision.passedOverSteps()).containsExactly("notice");
		assertThat(decision.costAvoided()).isEqualByComparingTo("7.60");
	}

	@Test
	void calibratedUpliftsChangeTheDecision() {
		DunningDecision decision = this.policy.decide(Cases.owing("8.99").build(), RUN,
				(step, band) -> new BigDecimal("0.3000"));

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.value().expectedGain()).isEqualByComparingTo("2.69");
	}

	@Test
	void unusableChannelIsPassedOverForTheNextUsableStepWithoutCountingASaving() {
		DunningDecision decision = decide(
				Cases.owing("120.00").smsOptOut().done("letter-1", LocalDate.of(2026, 2, 11)));

		assertThat(decision.stepId()).isEqualTo("letter-2");
		assertThat(decision.passedOverSteps()).containsExactly("sms-1");
		assertThat(decision.reasons()).extracting(Reason::code)
			.containsExactly(ReasonCode.SMS_OPT_OUT, ReasonCode.ALTERNATIVE_STEP_TAKEN, ReasonCode.STEP_PASSED_OVER);
		assertThat(decision.costAvoided()).isEqualByComparingTo("0.00");
	}

	@Test
	void firstLetterWithoutAddressGoesToAPerson() {
		DunningDecision decision = decide(Cases.owing("120.00").address(null));

		assertThat(decision.outcome()).isEqualTo(Outcome.DEFER);
		assertThat(decision.humanReview()).isTrue();
		assertThat(decision.reasons()).extracting(Reason::code)
			.containsExactly(ReasonCode.NO_POSTAL_ADDRESS, ReasonCode.MISSING_CONTACT_DATA);
	}

	@Test
	void incompleteFrenchAddressCountsAsMissing() {
		PostalAddress noPostcode = new PostalAddress("12 rue des Lilas", "7501", "Paris", "FR");

		assertThat(decide(Cases.owing("120.00").address(noPostcode)).has(ReasonCode.NO_POSTAL_ADDRESS)).isTrue();
	}

}

package fr.relance.dunning;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.relance.dunning.scenario.Channel;

import static fr.relance.dunning.Cases.RUN;
import static org.assertj.core.api.Assertions.assertThat;

/** Position on the ladder, recomputed each night from the steps done. */
class DunningLadderTests {

	private final DunningPolicy policy = new DunningPolicy(TestScenarios.ladder(), DunningSettings.defaults());

	@Test
	void waitsUntilTheNextStepDelayHasElapsed() {
		DunningDecision decision = this.policy.decide(Cases.owing("120.00").done("letter-1", RUN.minusDays(9)).build(),
				RUN);

		assertThat(decision.outcome()).isEqualTo(Outcome.WAIT);
		assertThat(decision.stepId()).isEqualTo("sms-1");
		assertThat(decision.nextReview()).isEqualTo(LocalDate.of(2026, 3, 16));
	}

	@Test
	void partialPaymentNeitherSkipsNorRepeatsAStep() {
		// 2025-12-01 due; 12-11 first letter; 12-26 SMS; 2026-02-24 the patient pays
		// 60.00 of 120.00
		Cases afterPartialPayment = Cases.owing("60.00")
			.dueOn(LocalDate.of(2025, 12, 1))
			.done("letter-1", LocalDate.of(2025, 12, 11))
			.done("sms-1", LocalDate.of(2025, 12, 26))
			.paidOn(LocalDate.of(2026, 2, 24));

		// 2026-03-10: the payment is 14 days old, the case is held
		DunningDecision held = this.policy.decide(afterPartialPayment.build(), RUN);
		// 2026-03-11: the hold has lapsed; the next step is letter-2, not sms-1 again nor
		// the call
		DunningDecision resumed = this.policy.decide(afterPartialPayment.build(), RUN.plusDays(1));

		assertThat(held.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(held.nextReview()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(resumed.outcome()).isEqualTo(Outcome.ACT);
		assertThat(resumed.stepId()).isEqualTo("letter-2");
		assertThat(resumed.passedOverSteps()).isEmpty();
		assertThat(resumed.balance()).isEqualByComparingTo("60.00");
	}

	@Test
	void catchesUpOneStepAtATimeAfterAnOutage() {
		DunningDecision decision = this.policy.decide(Cases.owing("120.00")
			.dueOn(LocalDate.of(2025, 9, 1))
			.done("letter-1", LocalDate.of(2025, 9, 11))
			.build(), RUN);

		assertThat(decision.stepId()).isEqualTo("sms-1");
		assertThat(decision.passedOverSteps()).isEmpty();
	}

	@Test
	void laterContactQuotesTheFirstLetter() {
		DunningDecision decision = this.policy
			.decide(Cases.owing("120.00").done("letter-1", LocalDate.of(2026, 2, 11)).build(), RUN);

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.channel()).isEqualTo(Channel.SMS);
		assertThat(decision.firstLetter()).isEqualTo(new FirstLetter("RL-2026-000123", LocalDate.of(2026, 2, 11)));
		assertThat(decision.explanation()).contains("Quotes first letter RL-2026-000123 of 2026-02-11.");
	}

	@Test
	void refusesALaterContactWhileTheFirstLetterHasNoReference() {
		DunningDecision decision = this.policy.decide(
				Cases.owing("120.00").done("letter-1", LocalDate.of(2026, 2, 11)).noFirstLetterReference().build(),
				RUN);

		assertThat(decision.outcome()).isEqualTo(Outcome.DEFER);
		assertThat(decision.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_FIRST_LETTER_REFERENCE);
		assertThat(decision.firstLetter()).isNull();
	}

	@Test
	void proposesWriteOffWhenTheLadderReachesIt() {
		Cases allButWriteOff = Cases.owing("120.00")
			.dueOn(LocalDate.of(2025, 10, 1))
			.done("letter-1", LocalDate.of(2025, 10, 11))
			.done("sms-1", LocalDate.of(2025, 10, 26))
			.done("letter-2", LocalDate.of(2025, 11, 10))
			.done("call", LocalDate.of(2025, 11, 20))
			.done("sms-2", LocalDate.of(2025, 11, 30))
			.done("notice", LocalDate.of(2026, 2, 9));

		DunningDecision early = this.policy.decide(allButWriteOff.build(), RUN);
		DunningDecision reached = this.policy.decide(allButWriteOff.build(), RUN.plusDays(1));
		DunningDecision done = this.policy.decide(allButWriteOff.done("write-off", RUN.plusDays(1)).build(),
				RUN.plusDays(2));

		assertThat(early.outcome()).isEqualTo(Outcome.WAIT);
		assertThat(reached.outcome()).isEqualTo(Outcome.WRITE_OFF_PROPOSAL);
		assertThat(reached.reasons()).extracting(Reason::code).containsExactly(ReasonCode.WRITE_OFF_STEP_REACHED);
		assertThat(done.outcome()).isEqualTo(Outcome.LADDER_DONE);
	}

	@Test
	void explanationTellsTheWholeDecision() {
		DunningDecision decision = this.policy.decide(Cases.owing("9.00").build(), RUN);

		assertThat(decision.explanation()).isEqualTo("Case C-1 on 2026-03-10 (scenario test-ladder-1), balance 9.00 EUR"
				+ " in band small: ACT letter-1 by LETTER. STEP_TAKEN: letter-1 is due and worth its cost."
				+ " Value letter-1 (LETTER): gain 9.00 x 0.2500 = 2.25 >= threshold 1.80 x (1 + 0.25) = 2.25;"
				+ " balance 9.00 >= minimum 5.00: worth it. Not before 2026-03-10T08:00+01:00.");
	}

}

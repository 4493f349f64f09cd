package fr.relance.dunning;

import static fr.relance.dunning.Cases.RUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Contact data known not to work, at the policy: a returned first letter goes to a
 * person, a letter returned from the address rules letters out and the engine switches
 * channel, a wrong number or a STOP rules out its channel, a different address or number
 * lifts it; an operator's promise and dispute hold the case.
 */
class ContactValidityGatesTests {

	private final DunningPolicy policy = new DunningPolicy(TestScenarios.ladder(), DunningSettings.defaults());

	/** letter-1 on RUN-40, sms-1 on RUN-25: letter-2 is due tonight. */
	private static Cases letterTwoDue() {
		return Cases.owing("120.00")
			.dueOn(RUN.minusDays(60))
			.done("letter-1", RUN.minusDays(40))
			.done("sms-1", RUN.minusDays(25));
	}

	private static List<ReasonCode> codes(DunningDecision decision) {
		return decision.reasons().stream().map(Reason::code).toList();
	}

	@Test
	void aLetterReturnedFromTheAddressMakesTheEngineSwitchChannel() {
		DunningDecision usual = this.policy.decide(letterTwoDue().build(), RUN);
		DunningDecision returned = this.policy.decide(letterTwoDue()
			.validity(new ContactValidity(Map.of(), null, List.of(new ReturnedLetter("RL-OTHER", RUN.minusDays(3)))))
			.build(), RUN);

		assertThat(usual.outcome()).isEqualTo(Outcome.ACT);
		assertThat(usual.stepId()).isEqualTo("letter-2");
		assertThat(returned.outcome()).isEqualTo(Outcome.ACT);
		assertThat(returned.stepId()).isEqualTo("sms-2");
		assertThat(codes(returned)).contains(ReasonCode.ADDRESS_RETURNED, ReasonCode.ALTERNATIVE_STEP_TAKEN);
	}

	@Test
	void aReturnedFirstLetterGoesToAPersonAndNothingReplacesIt() {
		DunningDecision decision = this.policy.decide(
				letterTwoDue()
					.validity(new ContactValidity(Map.of(), null,
							List.of(new ReturnedLetter("RL-2026-000123", RUN.minusDays(30)))))
					.build(),
				RUN);

		assertThat(decision.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(codes(decision)).contains(ReasonCode.FIRST_LETTER_RETURNED);
	}

	@Test
	void aStopOrAWrongNumberRulesOutItsChannelOnly() {
		Cases smsDue = Cases.owing("120.00").dueOn(RUN.minusDays(40)).done("letter-1", RUN.minusDays(15));
		DunningDecision usual = this.policy.decide(smsDue.build(), RUN);
		DunningDecision stopped = this.policy.decide(Cases.owing("120.00")
			.dueOn(RUN.minusDays(40))
			.done("letter-1", RUN.minusDays(15))
			.validity(new ContactValidity(Map.of(), RUN.minusDays(2), List.of()))
			.build(), RUN);
		DunningDecision wrong = this.policy.decide(Cases.owing("120.00")
			.dueOn(RUN.minusDays(40))
			.done("letter-1", RUN.minusDays(15))
			.validity(new ContactValidity(Map.of("+33612345678", RUN.minusDays(2)), null, List.of()))
			.build(), RUN);
		DunningDecision otherNumber = this.policy.decide(Cases.owing("120.00")
			.dueOn(RUN.minusDays(40))
			.done("letter-1", RUN.minusDays(15))
			.mobile("07 11 22 33 44")
			.validity(new ContactValidity(Map.of("+33612345678", RUN.minusDays(2)), null, List.of()))
			.build(), RUN);

		assertThat(usual.stepId()).isEqualTo("sms-1");
		assertThat(codes(stopped)).contains(ReasonCode.SMS_OPT_OUT);
		assertThat(stopped.stepId()).isNotEqualTo("sms-1");
		assertThat(codes(wrong)).contains(ReasonCode.WRONG_NUMBER);
		assertThat(wrong.stepId()).isNotEqualTo("sms-1");
		assertThat(otherNumber.outcome()).isEqualTo(Outcome.ACT);
		assertThat(otherNumber.stepId()).isEqualTo("sms-1");
	}

	@Test
	void aPromiseHoldsUntilItsDayPlusTheGraceAndAnOperatorsDisputeUntilClosed() {
		PaymentPromise promise = new PaymentPromise(RUN.minusDays(5), RUN.minusDays(2), new BigDecimal("120.00"));
		OperatorFollowUp promised = new OperatorFollowUp(promise, null);

		DunningDecision held = this.policy.decide(Cases.owing("120.00").followUp(promised).build(), RUN);
		DunningDecision lapsed = this.policy.decide(Cases.owing("120.00").followUp(promised).build(), RUN.plusDays(6));
		DunningDecision disputed = this.policy
			.decide(Cases.owing("120.00").followUp(new OperatorFollowUp(null, RUN.minusDays(1))).build(), RUN);

		assertThat(held.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(held.nextReview()).isEqualTo(RUN.plusDays(6));
		assertThat(lapsed.outcome()).isEqualTo(Outcome.ACT);
		assertThat(codes(lapsed)).contains(ReasonCode.PROMISE_LAPSED);
		assertThat(disputed.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(codes(disputed)).contains(ReasonCode.OPERATOR_DISPUTE);
		assertThat(disputed.nextReview()).isNull();
	}

}

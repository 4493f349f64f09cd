package fr.relance.dunning;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.relance.dunning.scenario.Channel;

import static fr.relance.dunning.Cases.RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sending hours, holidays and contact limits as they reach the decision (release time
 * 08:00 local).
 */
class DunningContactTimeTests {

	private final DunningPolicy policy = new DunningPolicy(TestScenarios.ladder(), DunningSettings.defaults());

	private DunningDecision smsDueOn(LocalDate run, String postcode) {
		Cases given = Cases.owing("120.00")
			.address(new PostalAddress("1 place Kleber", postcode, "Somewhere", null))
			.done("letter-1", LocalDate.of(2026, 2, 11))
			.ledgerReceived(run.minusDays(1));
		return this.policy.decide(given.build(), run);
	}

	@ParameterizedTest(name = "run {0}, postcode {1} -> {2}")
	@CsvSource({
			// ordinary Tuesday
			"2026-03-10, 75011, 2026-03-10T10:00+01:00[Europe/Paris]",
			// Saturday goes to Monday
			"2026-03-14, 75011, 2026-03-16T10:00+01:00[Europe/Paris]",
			// Ascension Thursday goes to Friday
			"2026-05-14, 75011, 2026-05-15T10:00+02:00[Europe/Paris]",
			// Good Friday: a working day in Lyon, a holiday in Strasbourg (then Easter
			// weekend and Monday)
			"2026-04-03, 69003, 2026-04-03T10:00+02:00[Europe/Paris]",
			"2026-04-03, 67000, 2026-04-07T10:00+02:00[Europe/Paris]",
			// Reunion: local hours
			"2026-03-10, 97400, 2026-03-10T10:00+04:00[Indian/Reunion]" })
	void smsWaitsForAnAllowedWindow(LocalDate run, String postcode, ZonedDateTime expected) {
		DunningDecision decision = smsDueOn(run, postcode);

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.channel()).isEqualTo(Channel.SMS);
		assertThat(decision.notBefore()).isEqualTo(expected);
	}

	@Test
	void atMostTwoSmsIn30Days() {
		Cases given = Cases.owing("120.00")
			.done("letter-1", LocalDate.of(2026, 2, 11))
			.contact(LocalDate.of(2026, 2, 15), Channel.SMS, ContactOrigin.OPERATOR, false)
			.contact(LocalDate.of(2026, 2, 25), Channel.SMS, ContactOrigin.ENGINE, false);

		DunningDecision decision = this.policy.decide(given.build(), RUN);
		DunningDecision later = this.policy.decide(given.ledgerReceived(LocalDate.of(2026, 3, 16)).build(),
				LocalDate.of(2026, 3, 17));

		assertThat(decision.outcome()).isEqualTo(Outcome.DEFER);
		assertThat(decision.reasons()).extracting(Reason::code).containsExactly(ReasonCode.SMS_LIMIT_REACHED);
		assertThat(decision.nextReview()).isEqualTo(LocalDate.of(2026, 3, 17));
		assertThat(later.outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void atMostFourCallAttemptsIn30DaysAndNoneAfterARefusal() {
		Cases atCall = Cases.owing("120.00")
			.done("letter-1", LocalDate.of(2025, 12, 1))
			.done("sms-1", LocalDate.of(2025, 12, 16))
			.done("letter-2", LocalDate.of(2026, 1, 5));
		for (int day = 12; day <= 27; day += 5) {
			atCall.contact(LocalDate.of(2026, 2, day), Channel.CALL, ContactOrigin.ENGINE, false);
		}
		Cases refused = Cases.owing("120.00")
			.done("letter-1", LocalDate.of(2025, 12, 1))
			.done("sms-1", LocalDate.of(2025, 12, 16))
			.done("letter-2", LocalDate.of(2026, 1, 5))
			.contact(LocalDate.of(2026, 1, 20), Channel.CALL, ContactOrigin.ENGINE, true);

		DunningDecision limited = this.policy.decide(atCall.build(), RUN);
		DunningDecision afterRefusal = this.policy.decide(refused.build(), RUN);

		assertThat(limited.reasons()).extracting(Reason::code).containsExactly(ReasonCode.CALL_LIMIT_REACHED);
		assertThat(limited.nextReview()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(afterRefusal.reasons()).extracting(Reason::code).containsExactly(ReasonCode.CALLS_REFUSED_RECENTLY);
		assertThat(afterRefusal.nextReview()).isEqualTo(LocalDate.of(2026, 3, 21));
	}

	@Test
	void smsNeedsAValidMobile() {
		Cases landline = Cases.owing("120.00").mobile("01 42 00 00 00").done("letter-1", LocalDate.of(2026, 2, 11));
		Cases overseas = Cases.owing("120.00").mobile("+262 692 12 34 56").done("letter-1", LocalDate.of(2026, 2, 11));

		assertThat(this.policy.decide(landline.build(), RUN).has(ReasonCode.NO_VALID_MOBILE)).isTrue();
		assertThat(this.policy.decide(overseas.build(), RUN).channel()).isEqualTo(Channel.SMS);
	}

	@Test
	void callNeedsAPhone() {
		Cases noPhone = Cases.owing("120.00")
			.mobile(null)
			.done("letter-1", LocalDate.of(2025, 12, 1))
			.done("sms-1", LocalDate.of(2025, 12, 16))
			.done("letter-2", LocalDate.of(2026, 1, 5));

		DunningDecision decision = this.policy.decide(noPhone.build(), RUN);

		assertThat(decision.has(ReasonCode.NO_PHONE)).isTrue();
		// sms-2 has no mobile either; the formal notice (7.60, minimum 80) is the next
		// usable step worth it
		assertThat(decision.stepId()).isEqualTo("notice");
		assertThat(decision.passedOverSteps()).containsExactly("call", "sms-2");
	}

}

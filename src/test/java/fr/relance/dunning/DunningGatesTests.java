package fr.relance.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import fr.relance.dunning.scenario.Channel;

import static fr.relance.dunning.Cases.RUN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eligibility gates around each threshold; the run is Tuesday 2026-03-10, the case owes
 * 120.00 due 2026-02-01.
 */
class DunningGatesTests {

	private final DunningPolicy policy = new DunningPolicy(TestScenarios.ladder(), DunningSettings.defaults());

	private DunningDecision decide(Cases given) {
		return this.policy.decide(given.build(), RUN);
	}

	@Test
	void sendsTheFirstLetterWhenEveryGatePasses() {
		DunningDecision decision = decide(Cases.owing("120.00"));

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.stepId()).isEqualTo("letter-1");
		assertThat(decision.channel()).isEqualTo(Channel.LETTER);
		assertThat(decision.scenarioVersion()).isEqualTo("test-ladder-1");
		assertThat(decision.value().expectedGain()).isEqualByComparingTo("24.00");
		assertThat(decision.value().threshold()).isEqualByComparingTo("2.25");
		assertThat(decision.notBefore()).isEqualTo(ZonedDateTime.parse("2026-03-10T08:00+01:00[Europe/Paris]"));
		assertThat(decision.firstLetter()).isNull();
		assertThat(decision.humanReview()).isFalse();
		assertThat(decision.reasons()).extracting(Reason::code).containsExactly(ReasonCode.STEP_TAKEN);
	}

	@Test
	void holdsCaseWhileAnInsurerPartIsPendingWithinTheWindow() {
		DunningDecision decision = decide(new Cases().part(new OpenPart("F-1", new BigDecimal("120.00"),
				LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20), null)));

		assertThat(decision.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(decision.reasons()).extracting(Reason::code).containsExactly(ReasonCode.INSURER_PENDING);
		assertThat(decision.nextReview()).isEqualTo(LocalDate.of(2026, 6, 20));
	}

	@Test
	void insurerPendingBeyondTheWindowIsReportedButDoesNotHold() {
		DunningDecision decision = decide(new Cases().part(new OpenPart("F-1", new BigDecimal("120.00"),
				LocalDate.of(2026, 2, 1), LocalDate.of(2025, 11, 10), null)));

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.has(ReasonCode.INSURER_PENDING_BEYOND_WINDOW)).isTrue();
	}

	@Test
	void holdsCaseAfterAPaymentYesterday() {
		DunningDecision decision = decide(Cases.owing("120.00").paidOn(RUN.minusDays(1)));

		assertThat(decision.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(decision.reasons()).extracting(Reason::code).containsExactly(ReasonCode.RECENT_PAYMENT);
		assertThat(decision.nextReview()).isEqualTo(LocalDate.of(2026, 3, 24));
		assertThat(decision.humanReview()).isFalse();
	}

	@Test
	void paymentFifteenDaysAgoNoLongerHolds() {
		assertThat(decide(Cases.owing("120.00").paidOn(RUN.minusDays(15))).outcome()).isEqualTo(Outcome.ACT);
		assertThat(decide(Cases.owing("120.00").paidOn(RUN.minusDays(14))).outcome()).isEqualTo(Outcome.BLOCKED);
	}

	@Test
	void holdsCaseAfterAContactOutsideTheScenarioButNotAfterItsOwnSteps() {
		DunningDecision byOperator = decide(
				Cases.owing("120.00").contact(RUN.minusDays(5), Channel.CALL, ContactOrigin.OPERATOR, false));
		DunningDecision byEngine = decide(
				Cases.owing("120.00").contact(RUN.minusDays(5), Channel.SMS, ContactOrigin.ENGINE, false));

		assertThat(byOperator.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(byOperator.reasons()).extracting(Reason::code).containsExactly(ReasonCode.RECENT_CONTACT);
		assertThat(byOperator.nextReview()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(byEngine.outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void disputeDeathAndGuardianshipGoToAPerson() {
		for (Cases given : new Cases[] { Cases.owing("120.00").disputed(), Cases.owing("120.00").deceased(),
				Cases.owing("120.00").underGuardianship() }) {
			DunningDecision decision = decide(given);

			assertThat(decision.outcome()).isEqualTo(Outcome.BLOCKED);
			assertThat(decision.humanReview()).isTrue();
			assertThat(decision.nextReview()).isNull();
		}
		assertThat(decide(Cases.owing("120.00").deceased()).has(ReasonCode.DECEASED)).isTrue();
		assertThat(decide(Cases.owing("120.00").underGuardianship()).has(ReasonCode.UNDER_GUARDIANSHIP)).isTrue();
	}

	/**
	 * Six instalments of 20,00 from 15 January: on 10 March, with 10 days of grace, two
	 * are due (40,00).
	 */
	private static InstalmentPlan plan(String paid) {
		return new InstalmentPlan(LocalDate.of(2026, 1, 5), new BigDecimal("20.00"), 6, LocalDate.of(2026, 1, 15), 1,
				new BigDecimal(paid));
	}

	@Test
	void paymentPlanPaidAsAgreedHoldsTheCaseUntilTheNextInstalmentIsLate() {
		DunningDecision paid = decide(Cases.owing("120.00").plan(plan("40.00")));
		DunningDecision roundedDown = decide(Cases.owing("120.00").plan(plan("39.99")));

		assertThat(paid.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(paid.has(ReasonCode.PAYMENT_PLAN_IN_GOOD_STANDING)).isTrue();
		assertThat(paid.humanReview()).isFalse();
		assertThat(paid.nextReview()).isEqualTo(LocalDate.of(2026, 3, 26));
		assertThat(paid.reasons()).anySatisfy((r) -> assertThat(r.detail())
			.contains("6 x 20.00 EUR from 2026-01-15, 2 due (grace 10 days) = 40.00 EUR, " + "paid 40.00 EUR"));
		assertThat(roundedDown.outcome()).isEqualTo(Outcome.BLOCKED);
	}

	@Test
	void aMissedInstalmentLetsDunningResume() {
		DunningDecision missed = decide(Cases.owing("120.00").plan(plan("39.98")));
		DunningDecision firstOnly = decide(Cases.owing("120.00").plan(plan("20.00")));

		assertThat(missed.outcome()).isEqualTo(Outcome.ACT);
		assertThat(missed.has(ReasonCode.PAYMENT_PLAN_DEFAULTED)).isTrue();
		assertThat(firstOnly.outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void aCompletedPlanNoLongerHoldsWhatIsStillOwed() {
		InstalmentPlan twoPaid = new InstalmentPlan(LocalDate.of(2026, 1, 5), new BigDecimal("20.00"), 2,
				LocalDate.of(2026, 1, 15), 1, new BigDecimal("40.00"));

		DunningDecision decision = decide(Cases.owing("80.00").plan(twoPaid));

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.has(ReasonCode.PAYMENT_PLAN_COMPLETED)).isTrue();
	}

	@Test
	void staleEstablishmentDataHoldsEveryCase() {
		assertThat(decide(Cases.owing("120.00").ledgerReceived(RUN.minusDays(7))).outcome()).isEqualTo(Outcome.ACT);
		DunningDecision stale = decide(Cases.owing("120.00").ledgerReceived(RUN.minusDays(8)));
		assertThat(stale.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(stale.reasons()).extracting(Reason::detail)
			.containsExactly("newest ledger of 2026-03-02 is 8 days old (limit 7)");
		assertThat(decide(Cases.owing("120.00").ledgerReceived(null)).has(ReasonCode.STALE_ESTABLISHMENT_DATA))
			.isTrue();
	}

	@Test
	void privateDebtIsTimeBarredOnItsSecondAnniversary() {
		DunningDecision lastDay = decide(Cases.owing("120.00").dueOn(LocalDate.of(2024, 3, 11)));
		DunningDecision barred = decide(Cases.owing("120.00").dueOn(LocalDate.of(2024, 3, 10)));

		assertThat(lastDay.outcome()).isEqualTo(Outcome.ACT);
		assertThat(barred.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(barred.reasons()).extracting(Reason::code)
			.containsExactly(ReasonCode.PART_TIME_BARRED, ReasonCode.TIME_BARRED);
		assertThat(barred.humanReview()).isTrue();
		assertThat(barred.balance()).isEqualByComparingTo("0.00");
	}

	@Test
	void lastPaymentRestartsTheLimitationClock() {
		OpenPart old = new OpenPart("F-1", new BigDecimal("120.00"), LocalDate.of(2024, 1, 10), null,
				LocalDate.of(2025, 1, 5));

		assertThat(decide(new Cases().part(old)).outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void signingAnInstalmentPlanRestartsTheLimitationClockOfTheDebtsOwedThen() {
		InstalmentPlan completed = new InstalmentPlan(LocalDate.of(2025, 1, 5), new BigDecimal("20.00"), 2,
				LocalDate.of(2025, 2, 1), 1, new BigDecimal("40.00"));
		Cases owedWhenSigned = Cases.owing("120.00").dueOn(LocalDate.of(2024, 1, 10));

		assertThat(decide(owedWhenSigned).has(ReasonCode.TIME_BARRED)).isTrue();
		assertThat(decide(owedWhenSigned.plan(completed)).outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void publicHorizonOfFourYearsIsConfigurable() {
		DunningPolicy publicPolicy = new DunningPolicy(TestScenarios.ladder(),
				DunningSettings.defaults().withLimitationYears(4));

		DunningDecision decision = publicPolicy.decide(Cases.owing("120.00").dueOn(LocalDate.of(2024, 3, 10)).build(),
				RUN);

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
	}

	@Test
	void timeBarredPartsLeaveTheBalanceAndTheRestIsChased() {
		DunningDecision decision = decide(Cases.owing("30.00").part("F-OLD", "50.00", LocalDate.of(2024, 3, 1)));

		assertThat(decision.outcome()).isEqualTo(Outcome.ACT);
		assertThat(decision.balance()).isEqualByComparingTo("30.00");
		assertThat(decision.band()).isEqualTo("small");
		assertThat(decision.reasons()).extracting(Reason::detail)
			.first()
			.asString()
			.isEqualTo("invoice F-OLD (50.00 EUR) time-barred since 2026-03-01 (2 years)");
	}

	@Test
	void listsEveryHoldingReasonNotOnlyTheFirst() {
		DunningDecision decision = decide(Cases.owing("120.00").disputed().paidOn(RUN.minusDays(1)));

		assertThat(decision.reasons()).extracting(Reason::code)
			.containsExactly(ReasonCode.DISPUTE, ReasonCode.RECENT_PAYMENT);
		assertThat(decision.nextReview()).isNull();
	}

	@Test
	void caseWithoutOpenPartIsNotChased() {
		DunningDecision decision = decide(new Cases());

		assertThat(decision.outcome()).isEqualTo(Outcome.BLOCKED);
		assertThat(decision.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NO_BALANCE);
	}

}

package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.dunning.stage.internal.ExplainDao.CaseRow;
import fr.relance.dunning.stage.internal.ExplainDao.DecisionRow;

/**
 * Which recorded decision is in force on which night, from the rows alone (no database).
 */
class DecisionHistoryTests {

	static final LocalDate D1 = LocalDate.of(2031, 3, 11);

	static final List<LocalDate> NIGHTS = List.of(D1, D1.plusDays(1), D1.plusDays(2), D1.plusDays(4), D1.plusDays(5),
			D1.plusDays(6));

	@Test
	void aDecisionHoldsUnchangedOnTheNightsUntilTheNextOneIsRecorded() {
		DecisionHistory history = new DecisionHistory(new CaseRow(7, D1, null, null),
				List.of(decision(7, D1, "WAIT"), decision(8, D1, "ACT"), decision(7, D1.plusDays(4), "BLOCKED")),
				NIGHTS);

		assertThat(history.spans()).extracting((s) -> s.decision().outcome(), DecisionHistory.Span::unchangedNights)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("WAIT", List.of(D1.plusDays(1), D1.plusDays(2))),
					org.assertj.core.groups.Tuple.tuple("BLOCKED", List.of(D1.plusDays(5), D1.plusDays(6))));
		assertThat(history.inForce(D1.plusDays(2))).map(DecisionRow::outcome).contains("WAIT");
		assertThat(history.inForce(D1.plusDays(4))).map(DecisionRow::outcome).contains("BLOCKED");
	}

	@Test
	void aNightTheEstablishmentWasNotDecidedHasNoDecisionInForce() {
		DecisionHistory history = new DecisionHistory(new CaseRow(7, D1, null, null), List.of(decision(7, D1, "WAIT")),
				NIGHTS);

		assertThat(history.inForce(D1.plusDays(3))).isEmpty();
		assertThat(history.inForce(D1.minusDays(1))).isEmpty();
	}

	@Test
	void aClosedCaseHasItsClosingNightAndNoneAfter() {
		DecisionHistory history = new DecisionHistory(new CaseRow(7, D1, D1.plusDays(2), "no open patient part"),
				List.of(decision(7, D1, "WAIT"), decision(7, D1.plusDays(2), "BLOCKED")), NIGHTS);

		assertThat(history.spans()).extracting(DecisionHistory.Span::unchangedNights)
			.containsExactly(List.of(D1.plusDays(1)), List.of());
		assertThat(history.inForce(D1.plusDays(2))).map(DecisionRow::outcome).contains("BLOCKED");
		assertThat(history.inForce(D1.plusDays(4))).isEmpty();
	}

	private static DecisionRow decision(long caseId, LocalDate on, String outcome) {
		return new DecisionRow(caseId, on, outcome, null, null, new BigDecimal("60.00"), "50to150",
				"private-clinic-2026.2", "", "", BigDecimal.ZERO.setScale(2), false, null, null, "");
	}

}

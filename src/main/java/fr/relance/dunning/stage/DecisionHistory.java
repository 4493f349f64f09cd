package fr.relance.dunning.stage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.relance.dunning.stage.internal.ExplainDao.CaseRow;
import fr.relance.dunning.stage.internal.ExplainDao.DecisionRow;

/**
 * A case's recorded decisions laid over the nights its establishment was decided. A
 * decision is recorded only when it changes, so the decision in force on a night the case
 * was open is the latest one recorded up to that night; the nights after it with nothing
 * recorded are the nights it stayed unchanged.
 */
final class DecisionHistory {

	/**
	 * A recorded decision and the later nights it stayed in force unchanged (oldest
	 * first, possibly none).
	 */
	record Span(DecisionRow decision, List<LocalDate> unchangedNights) {
	}

	private final CaseRow decidedCase;

	private final List<DecisionRow> decisions;

	private final List<LocalDate> nights;

	/**
	 * @param decisions every decision of the establishment's cases (the case's are
	 * picked), by case and night
	 * @param nights the nights the establishment was decided, oldest first
	 */
	DecisionHistory(CaseRow decidedCase, List<DecisionRow> decisions, List<LocalDate> nights) {
		this.decidedCase = decidedCase;
		this.decisions = decisions.stream().filter((d) -> d.caseId() == decidedCase.id()).toList();
		this.nights = nights;
	}

	/** Every recorded decision of the case with the nights it then stayed unchanged. */
	List<Span> spans() {
		List<Span> spans = new ArrayList<>(this.decisions.size());
		for (int i = 0; i < this.decisions.size(); i++) {
			LocalDate recorded = this.decisions.get(i).runDate();
			LocalDate next = i + 1 < this.decisions.size() ? this.decisions.get(i + 1).runDate() : null;
			List<LocalDate> unchanged = this.nights.stream()
				.filter((n) -> n.isAfter(recorded) && (next == null || n.isBefore(next)) && open(n))
				.toList();
			spans.add(new Span(this.decisions.get(i), unchanged));
		}
		return spans;
	}

	/**
	 * The decision in force on {@code night}: none when the case was not open or the
	 * night was not decided.
	 */
	Optional<DecisionRow> inForce(LocalDate night) {
		if (!open(night) || !this.nights.contains(night)) {
			return Optional.empty();
		}
		DecisionRow found = null;
		for (DecisionRow d : this.decisions) {
			if (!d.runDate().isAfter(night)) {
				found = d;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * Whether the case was open on the night (a case closed that night was decided that
	 * night).
	 */
	boolean open(LocalDate night) {
		return !this.decidedCase.openedOn().isAfter(night)
				&& (this.decidedCase.closedOn() == null || !this.decidedCase.closedOn().isBefore(night));
	}

}

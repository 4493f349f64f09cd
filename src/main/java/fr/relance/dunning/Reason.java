package fr.relance.dunning;

import java.time.LocalDate;

/**
 * One reason of a decision: a code for queries and a plain-English detail with the
 * figures, for people.
 *
 * @param until date from which this reason stops holding, when known (null otherwise)
 */
public record Reason(ReasonCode code, String detail, LocalDate until) {

	static Reason of(ReasonCode code, String detail) {
		return new Reason(code, detail, null);
	}

	@Override
	public String toString() {
		return this.code + ": " + this.detail;
	}

}

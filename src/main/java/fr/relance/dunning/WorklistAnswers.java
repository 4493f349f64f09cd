package fr.relance.dunning;

import java.time.LocalDate;

/**
 * What the establishment answered on the case's worklists (follow-up file), as of the run date; each date is the
 * latest answer of its kind, null when there is none.
 *
 * @param writeOffRefusedOn the write-off proposal was refused: dunning resumes, or a person takes the case
 * @param handedOverOn the case was handed to a third party ({@code handedOverTo}): held while it is with them
 * @param handedOverTo the third party's name as the staff wrote it
 * @param returnedOn the third party gave the case back (what it recovered is a payment on the parts)
 * @param reviewReleasedOn a person released the case from review (with corrected contact data when needed)
 */
public record WorklistAnswers(LocalDate writeOffRefusedOn, LocalDate handedOverOn, String handedOverTo,
		LocalDate returnedOn, LocalDate reviewReleasedOn) {

	public static final WorklistAnswers NONE = new WorklistAnswers(null, null, null, null, null);

	/** The case is with the third party: handed over and not returned since. */
	public boolean withThirdParty() {
		return this.handedOverOn != null && (this.returnedOn == null || this.returnedOn.isBefore(this.handedOverOn));
	}

	/** The refusal still stands: no review release on or after it. */
	public boolean writeOffRefused() {
		return this.writeOffRefusedOn != null
				&& (this.reviewReleasedOn == null || this.reviewReleasedOn.isBefore(this.writeOffRefusedOn));
	}

	/** A person released the case from review on or after {@code date}. */
	public boolean releasedSince(LocalDate date) {
		return this.reviewReleasedOn != null && !this.reviewReleasedOn.isBefore(date);
	}

}

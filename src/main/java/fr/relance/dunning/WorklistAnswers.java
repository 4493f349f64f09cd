package fr.relance.dunning;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the establishment answered on the case's worklists (follow-up file), as of the run
 * date; each date is the latest answer of its kind, null when there is none.
 *
 * @param writeOffRefusedOn the write-off proposal was refused: dunning resumes, or a
 * person takes the case
 * @param handedOverOn the case was handed to a third party ({@code handedOverTo}): held
 * while it is with them
 * @param handedOverTo the third party's name as the staff wrote it
 * @param returnedOn the third party gave the case back (what it recovered is a payment on
 * the parts)
 * @param reviewReleasedOn a person released the case from review (with corrected contact
 * data when needed)
 * @param released the reason codes that held the case for a person when the release was
 * read: only those are lifted
 */
public record WorklistAnswers(LocalDate writeOffRefusedOn, LocalDate handedOverOn, String handedOverTo,
		LocalDate returnedOn, LocalDate reviewReleasedOn, Set<String> released) {

	public static final WorklistAnswers NONE = new WorklistAnswers(null, null, null, null, null, Set.of());

	public WorklistAnswers {
		released = released == null ? Set.of() : Set.copyOf(released);
	}

	/** As read from the database: the released codes comma-separated, null when none. */
	public WorklistAnswers(LocalDate writeOffRefusedOn, LocalDate handedOverOn, String handedOverTo,
			LocalDate returnedOn, LocalDate reviewReleasedOn, String releasedCodes) {
		this(writeOffRefusedOn, handedOverOn, handedOverTo, returnedOn, reviewReleasedOn,
				releasedCodes == null || releasedCodes.isEmpty() ? Set.of()
						: Set.copyOf(java.util.Arrays.asList(releasedCodes.split(","))));
	}

	/** A person released the case while it was held for this reason. */
	public boolean lifted(ReasonCode code) {
		return this.reviewReleasedOn != null && this.released.contains(code.name());
	}

	/** The case is with the third party: handed over and not returned since. */
	public boolean withThirdParty() {
		return this.handedOverOn != null && (this.returnedOn == null || this.returnedOn.isBefore(this.handedOverOn));
	}

	/**
	 * The refusal still stands: no review release of the hold it caused, on or after it.
	 */
	public boolean writeOffRefused() {
		return this.writeOffRefusedOn != null
				&& !(lifted(ReasonCode.WRITE_OFF_REFUSED) && !this.reviewReleasedOn.isBefore(this.writeOffRefusedOn));
	}

}

package fr.relance.dunning;

/** What the decision asks the later stages to do with the case tonight. */
public enum Outcome {

	/**
	 * Plan the step named in the decision (letter, SMS, call, registered letter or
	 * hand-over).
	 */
	ACT,
	/** The next step is not due yet. */
	WAIT,
	/**
	 * A step is due but cannot go now (contact limit, first letter not yet referenced,
	 * bundling, contact data).
	 */
	DEFER,
	/**
	 * A case gate holds the case (see the reasons; {@code humanReview} says whether a
	 * person must look).
	 */
	BLOCKED,
	/** Stop chasing: propose a write-off (end of ladder, or no action worth its cost). */
	WRITE_OFF_PROPOSAL,
	/** Every step has been dealt with and the ladder has no write-off step. */
	LADDER_DONE

}

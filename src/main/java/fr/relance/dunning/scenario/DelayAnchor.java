package fr.relance.dunning.scenario;

/** What a step's delay counts from. */
public enum DelayAnchor {

	/** The earliest due date of the case's open parts. */
	DUE_DATE,
	/** The date of the most recent step done (taken or passed over) on the case. */
	PREVIOUS_STEP

}

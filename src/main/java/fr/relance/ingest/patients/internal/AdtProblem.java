package fr.relance.ingest.patients.internal;

/**
 * Why a message of an ADT file was not applied (or, for a warning, applied in part), as
 * reported to the establishment.
 */
public enum AdtProblem {

	/** HAPI could not read the message (encoding characters, structure). */
	UNREADABLE_MESSAGE,
	/**
	 * Not an ADT message, or an ADT event the engine does not apply (a warning: it
	 * changes nothing).
	 */
	UNSUPPORTED_EVENT,
	/**
	 * PID-3 has no identifier of the establishment's assigning authority: the patient
	 * cannot be found.
	 */
	NO_OWN_IDENTIFIER,
	/**
	 * An A40 whose MRG-1 has no identifier of the establishment's assigning authority.
	 */
	NO_PRIOR_IDENTIFIER,
	/**
	 * MSH-7 or EVN-2 is not an HL7 date and time: the message cannot be ordered against
	 * known values.
	 */
	BAD_TIMESTAMP,
	/** PID-29 is not a date. */
	BAD_DEATH_DATE,
	/** PID-30 is neither Y nor N. */
	BAD_DEATH_INDICATOR,
	/**
	 * A phone number of PID-13 is not a French number (a warning: the other fields
	 * apply).
	 */
	BAD_PHONE,
	/** Segments outside any message (before the first MSH). */
	SEGMENT_OUTSIDE_MESSAGE

}

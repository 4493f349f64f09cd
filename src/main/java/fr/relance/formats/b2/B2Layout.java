package fr.relance.formats.b2;

/**
 * Record layout family, chosen by the norm of the {@code 000} header (positions 62-65).
 */
public enum B2Layout {

	/**
	 * Establishment variant {@code CP}: beneficiary rank at 27-29, invoice number at
	 * 30-38.
	 */
	CP,
	/** Health professional (PS) layout: invoice number at 27-35. */
	STANDARD

}

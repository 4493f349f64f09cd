package fr.relance.dunning;

/**
 * The person liable for the case and what the engine may use to reach them.
 * {@code maskedId} is for messages only (see {@code fr.relance.support.ids.Masking}); no
 * health data belongs here.
 *
 * @param address null when none is known
 * @param mobile a mobile number (the patient's mobile, else their phone when that is a
 * mobile), null when unknown: the only number an SMS goes to
 * @param phone any phone number for calls (the patient's phone, else their mobile), null
 * when unknown
 * @param underGuardianship under tutelle or curatelle: letters go to the guardian,
 * decided by a human
 * @param email e-mail address as received, null when unknown
 */
public record Debtor(String maskedId, PostalAddress address, String mobile, String phone, boolean smsOptOut,
		boolean deceased, boolean underGuardianship, String email) {

	/** A debtor with no known e-mail address. */
	public Debtor(String maskedId, PostalAddress address, String mobile, String phone, boolean smsOptOut,
			boolean deceased, boolean underGuardianship) {
		this(maskedId, address, mobile, phone, smsOptOut, deceased, underGuardianship, null);
	}

}

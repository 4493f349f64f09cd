package fr.relance.dunning;

import java.time.LocalDate;
import java.util.Map;

/**
 * What is known to be wrong with the debtor's contact data, beyond its shape: numbers an operator found wrong, a
 * mobile on the SMS gateway's STOP list. A different number arriving in a ledger no longer matches, so it is usable
 * at once.
 *
 * @param wrongNumbers numbers reported wrong (E.164) and the day each was first reported
 * @param smsStoppedOn the day the debtor's mobile was put on the STOP list, null if it is not on it
 */
public record ContactValidity(Map<String, LocalDate> wrongNumbers, LocalDate smsStoppedOn) {

	public static final ContactValidity NONE = new ContactValidity(Map.of(), null);

	public ContactValidity {
		wrongNumbers = Map.copyOf(wrongNumbers);
	}

}

package fr.relance.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known to be wrong with the debtor's contact data, beyond its shape: numbers an
 * operator found wrong, a mobile on the SMS gateway's STOP list, letters the post brought
 * back from the current address. A different number arriving in a ledger no longer
 * matches, so it is usable at once.
 *
 * @param wrongNumbers numbers reported wrong (E.164) and the day each was first reported
 * @param smsStoppedOn the day the debtor's mobile was put on the STOP list, null if it is
 * not on it
 * @param returnedLetters letters returned from the debtor's current address, latest first
 */
public record ContactValidity(Map<String, LocalDate> wrongNumbers, LocalDate smsStoppedOn,
		List<ReturnedLetter> returnedLetters) {

	public static final ContactValidity NONE = new ContactValidity(Map.of(), null, List.of());

	public ContactValidity {
		wrongNumbers = Map.copyOf(wrongNumbers);
		returnedLetters = List.copyOf(returnedLetters);
	}

	/** The return of the given letter to the current address, if it came back. */
	public Optional<ReturnedLetter> returned(String reference) {
		return this.returnedLetters.stream().filter((r) -> r.reference().equals(reference)).findFirst();
	}

}

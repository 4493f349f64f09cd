package fr.relance.dunning;

import java.time.LocalDate;

import fr.relance.dunning.scenario.Channel;
import fr.relance.support.ids.FrenchPhone;

/**
 * Rules a channel out when the debtor's contact data is well formed but known not to
 * work: a number an operator reported wrong, a mobile on the SMS gateway's STOP list, an
 * address a letter came back from (the engine then looks for another channel). Numbers
 * are compared in E.164, so a different number arriving in a later ledger is usable the
 * same night.
 */
final class KnownWrongContacts {

	private KnownWrongContacts() {
	}

	/**
	 * The reason the channel cannot be used, or null. Runs after the shape checks: the
	 * numbers here are valid.
	 */
	static Reason check(Channel channel, CaseSnapshot snapshot) {
		ContactValidity validity = snapshot.validity();
		if (channel == Channel.SMS) {
			if (validity.smsStoppedOn() != null) {
				return Reason.of(ReasonCode.SMS_OPT_OUT,
						"mobile on the SMS gateway's STOP list since " + validity.smsStoppedOn());
			}
			return wrong(validity, snapshot.debtor().mobile(), "mobile");
		}
		if (channel == Channel.CALL) {
			return wrong(validity, snapshot.debtor().phone(), "phone number");
		}
		if (channel.postal() && !validity.returnedLetters().isEmpty()) {
			ReturnedLetter last = validity.returnedLetters().get(0);
			return Reason.of(ReasonCode.ADDRESS_RETURNED, "letter " + last.reference() + " came back on "
					+ last.returnedOn() + " from the debtor's address: no letter to it until a different one arrives");
		}
		return null;
	}

	private static Reason wrong(ContactValidity validity, String number, String what) {
		if (validity.wrongNumbers().isEmpty() || !FrenchPhone.isValid(number)) {
			return null;
		}
		LocalDate reported = validity.wrongNumbers().get(FrenchPhone.toE164(number));
		return reported == null ? null : Reason.of(ReasonCode.WRONG_NUMBER, "the debtor's " + what
				+ " was reported wrong on " + reported + ": usable again once a different number arrives");
	}

}

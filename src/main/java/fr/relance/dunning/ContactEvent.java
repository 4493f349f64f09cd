package fr.relance.dunning;

import java.time.LocalDate;

import fr.relance.dunning.scenario.Channel;

/**
 * A contact with the debtor about this case. Outbound ones (engine or operator) count
 * towards the SMS and call limits; those not made by the engine also hold the next
 * automatic step back for a while.
 *
 * @param channel the scenario channel it used, null for one no scenario step uses (desk
 * visit, e-mail)
 * @param refused the debtor explicitly refused further calls during this contact
 */
public record ContactEvent(LocalDate on, Channel channel, ContactOrigin origin, boolean refused) {

	public boolean outbound() {
		return this.origin != ContactOrigin.DEBTOR;
	}

}

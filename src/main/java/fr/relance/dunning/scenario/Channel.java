package fr.relance.dunning.scenario;

/** How a step reaches the debtor (or, for the last two, what it hands over). */
public enum Channel {

	/** Simple letter; the first one of a case is the CPCE R124-4 letter. */
	LETTER(true, true),
	/** Text message: only in allowed hours, with a valid mobile and no opt-out. */
	SMS(true, false),
	/** Operator call: only in allowed hours, to a known phone number. */
	CALL(true, false),
	/** Registered letter with acknowledgment: the formal notice (mise en demeure). */
	REGISTERED_LETTER(true, true),
	/**
	 * E-mail: a cheap reminder after the first letter, to a debtor whose address is
	 * known.
	 */
	EMAIL(true, false),
	/**
	 * Hand-over to litigation (agency, commissaire de justice, or the public accountant).
	 */
	HANDOVER(true, false),
	/** Internal proposal to write the debt off; contacts nobody. */
	WRITE_OFF_PROPOSAL(false, false);

	private final boolean collectsFromDebtor;

	private final boolean postal;

	Channel(boolean collectsFromDebtor, boolean postal) {
		this.collectsFromDebtor = collectsFromDebtor;
		this.postal = postal;
	}

	/**
	 * True for actions taken to collect the debt, which must quote the first letter (CPCE
	 * R124-4).
	 */
	public boolean collectsFromDebtor() {
		return this.collectsFromDebtor;
	}

	/** True when the channel needs a postal address. */
	public boolean postal() {
		return this.postal;
	}

	/** True when sending is restricted to the allowed hours and days. */
	public boolean timeRestricted() {
		return this == SMS || this == CALL;
	}

}

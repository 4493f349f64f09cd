package fr.relance.dunning;

/** Who initiated a contact. */
public enum ContactOrigin {

	/** Sent by this engine as a scenario step. */
	ENGINE,
	/** Made by staff outside the scenario (cash desk, collection operator). */
	OPERATOR,
	/** The debtor called, wrote or came in. */
	DEBTOR

}

package fr.relance.output.calls;

/** Why a planned call is not on tonight's list; it stays planned for the next night. */
public enum CallRefusal {

	NO_PHONE("pas de numéro de téléphone valide"), NOTHING_OWED("plus rien à payer ce soir");

	private final String messageFr;

	CallRefusal(String messageFr) {
		this.messageFr = messageFr;
	}

	public String messageFr() {
		return this.messageFr;
	}

}

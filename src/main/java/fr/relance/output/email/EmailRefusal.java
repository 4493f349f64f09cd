package fr.relance.output.email;

/** Why a planned e-mail is not written tonight; it stays planned for the next night. */
public enum EmailRefusal {

	NO_TEMPLATE("pas de modèle d'e-mail pour cette étape (jobs/email/<étape>.yml)"),
	NO_ADDRESS("pas d'adresse e-mail utilisable"),
	NO_PAYMENT_LINK("l'établissement n'a pas de page de paiement (paymentUrl)"),
	NO_FIRST_LETTER("le premier courrier, que l'e-mail doit citer, n'est pas encore parti"),
	NOTHING_OWED("plus rien à payer ce soir");

	private final String messageFr;

	EmailRefusal(String messageFr) {
		this.messageFr = messageFr;
	}

	public String messageFr() {
		return this.messageFr;
	}

}

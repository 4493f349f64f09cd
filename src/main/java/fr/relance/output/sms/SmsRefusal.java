package fr.relance.output.sms;

/**
 * Why a planned SMS does not go out tonight; all but the last leave it planned for the
 * next night.
 */
public enum SmsRefusal {

	NO_TEMPLATE("pas de modèle de SMS pour cette étape (jobs/sms/<étape>.yml)"),
	NO_SENDER_ID("l'établissement n'a pas d'identifiant d'expéditeur SMS (sms.senderId)"),
	NO_PAYMENT_LINK(
			"l'établissement n'a pas de lien de paiement court (sms.paymentLink, ou paymentUrl d'au plus 40 caractères)"),
	NO_MOBILE("pas de numéro de mobile valide"),
	NO_FIRST_LETTER("le premier courrier, que le SMS doit citer, n'est pas encore parti"),
	NOTHING_OWED("plus rien à payer ce soir"), TOO_LONG("le texte dépasse le nombre de segments autorisé"),
	/** The only final one: the action is suppressed. */
	TOO_LATE("SMS supprimé : heure d'envoi dépassée depuis trop longtemps");

	private final String messageFr;

	SmsRefusal(String messageFr) {
		this.messageFr = messageFr;
	}

	public String messageFr() {
		return this.messageFr;
	}

}

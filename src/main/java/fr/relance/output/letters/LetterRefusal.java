package fr.relance.output.letters;

/**
 * Why a planned letter cannot be rendered tonight; it stays planned until the cause is
 * fixed.
 */
public enum LetterRefusal {

	NO_TEMPLATE("aucun modèle de courrier pour l'étape (jobs/letters/<étape>.yml)"),
	NO_CREDITOR_ADDRESS("adresse de l'établissement incomplète dans son fichier (address, postcode, city)"),
	NO_PAYMENT_MEANS("aucun moyen de paiement configuré pour l'établissement (paymentUrl, iban ou comptable public)"),
	ADDRESS_REFUSED("adresse du patient refusée par la norme postale"),
	NO_FIRST_LETTER("le premier courrier à rappeler (R124-4) est introuvable"),
	NOTHING_OWED("plus aucune somme due sur le dossier");

	private final String messageFr;

	LetterRefusal(String messageFr) {
		this.messageFr = messageFr;
	}

	public String messageFr() {
		return this.messageFr;
	}

}

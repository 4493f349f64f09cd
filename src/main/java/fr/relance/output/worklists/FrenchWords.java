package fr.relance.output.worklists;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the worklists name channels, steps and payment origins for the staff. */
final class FrenchWords {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private FrenchWords() {
	}

	static String day(LocalDate date) {
		return date == null ? "" : date.format(DAY);
	}

	/** "MARTIN Anne": the last name in capitals, as on the letters. */
	static String person(String lastName, String firstName) {
		return lastName.toUpperCase(java.util.Locale.FRENCH) + (firstName == null ? "" : " " + firstName);
	}

	/** A dunning channel or a reported contact's channel. */
	static String channel(String channel) {
		return switch (channel) {
			case "LETTER" -> "courrier";
			case "REGISTERED_LETTER" -> "lettre recommandée (mise en demeure)";
			case "SMS" -> "SMS";
			case "CALL", "PHONE" -> "appel";
			case "EMAIL" -> "e-mail";
			case "DESK" -> "accueil";
			default -> channel.toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** Who took a step: a scenario step id, or who reported a contact. */
	static String by(String what) {
		return switch (what) {
			case "operator" -> "par l'établissement";
			case "debtor" -> "à l'initiative du patient";
			default -> "étape " + what;
		};
	}

	static String paymentOrigin(String origin) {
		return switch (origin) {
			case "bank_transfer" -> "virement";
			case "payment_page" -> "paiement en ligne";
			case "ledger" -> "encaissé par l'établissement";
			default -> origin;
		};
	}

}

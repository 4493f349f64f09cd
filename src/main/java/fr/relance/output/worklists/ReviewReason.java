package fr.relance.output.worklists;

import java.util.Arrays;
import java.util.Optional;

/** Why a case waits for a person, in the staff's words, and what they can do about it. */
enum ReviewReason {

	DECEASED("patient décédé", "écrire à la succession (notaire) ou proposer l'abandon de la créance"),
	UNDER_GUARDIANSHIP("patient sous tutelle ou curatelle",
			"écrire au tuteur ou au curateur ; enregistrer ses coordonnées dans le logiciel de facturation"),
	DISPUTE("créance contestée par le patient",
			"instruire la contestation, puis la clore dans le fichier de suivi (dispute closed)"),
	TIME_BARRED("toutes les factures ouvertes sont prescrites",
			"vérifier qu'aucun acte n'a interrompu la prescription, sinon proposer l'abandon"),
	MISSING_CONTACT_DATA("coordonnées manquantes ou invalides pour la démarche due",
			"corriger l'adresse ou le téléphone dans le logiciel de facturation : le prochain fichier les apporte"),
	CREDIT_TO_REFUND("l'établissement doit de l'argent au patient (trop-perçu)",
			"rembourser le trop-perçu, ou l'imputer sur ses autres factures (réglage creditNetting)"),
	WRITE_OFF_REFUSED("abandon refusé : à traiter par l'établissement",
			"aucune démarche restante ne vaut son coût : poursuivre vous-même, puis accepter l'abandon "
					+ "(abandon_accepte) ou lever la revue (revue_levee) dans le fichier de suivi");

	private final String reason;

	private final String todo;

	ReviewReason(String reason, String todo) {
		this.reason = reason;
		this.todo = todo;
	}

	String reason() {
		return reason;
	}

	String todo() {
		return todo;
	}

	static Optional<ReviewReason> of(String code) {
		return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
	}

}

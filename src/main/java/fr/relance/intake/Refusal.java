package fr.relance.intake;

/**
 * Why a whole file is refused: a stable code for machines and ops, a French explanation for the establishment.
 *
 * @param code reason code, e.g. {@code UNKNOWN_FORMAT}
 * @param messageFr what the establishment reads in its error report
 */
public record Refusal(String code, String messageFr) {

	public static final Refusal EMPTY = new Refusal("EMPTY_FILE", "Le fichier est vide.");

	public static final Refusal UNKNOWN_FORMAT = new Refusal("UNKNOWN_FORMAT",
			"Le format du fichier n'est pas reconnu (ni export comptable paramétré, ni FEC, NOEMIE, B2, relevé bancaire).");

	public static final Refusal FOREIGN_FINESS = new Refusal("FOREIGN_FINESS",
			"Le contenu du fichier désigne un autre établissement que celui du dossier de dépôt : il n'a pas été lu.");

	public static final Refusal SAME_AS_OTHER_ESTABLISHMENT = new Refusal("FOREIGN_FINESS",
			"Un fichier identique a été déposé par un autre établissement : il n'a pas été lu.");

}

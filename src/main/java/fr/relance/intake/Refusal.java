package fr.relance.intake;

/**
 * Why a whole file is refused: a stable code for machines and ops, a French explanation
 * for the establishment.
 *
 * @param code reason code, e.g. {@code UNKNOWN_FORMAT}
 * @param messageFr what the establishment reads in its error report
 */
public record Refusal(String code, String messageFr) {

	public Refusal(ReportCode code, String messageFr) {
		this(code.name(), messageFr);
	}

	public static final Refusal EMPTY = new Refusal(ReportCode.EMPTY_FILE, "Le fichier est vide.");

	public static final Refusal UNKNOWN_FORMAT = new Refusal(ReportCode.UNKNOWN_FORMAT,
			"Le format du fichier n'est pas reconnu (ni export comptable paramétré, ni FEC, NOEMIE, B2, relevé bancaire).");

	public static final Refusal FOREIGN_FINESS = new Refusal(ReportCode.FOREIGN_FINESS,
			"Le contenu du fichier désigne un autre établissement que celui du dossier de dépôt : il n'a pas été lu.");

	/**
	 * The same bytes as a file another establishment sent: the message names no other
	 * establishment (ops learn the cause from the security log line and the quarantine's
	 * reason file).
	 */
	public static final Refusal SAME_AS_OTHER_ESTABLISHMENT = new Refusal(ReportCode.HELD_FOR_REVIEW,
			"Ce fichier a été mis de côté pour vérification par l'équipe Relance : il n'a pas été importé.");

	public static final Refusal SYMBOLIC_LINK = new Refusal(ReportCode.SYMBOLIC_LINK,
			"Ce dépôt est un lien symbolique et non un fichier : il n'a été ni suivi ni lu.");

	public static final Refusal INTAKE_FAILED = new Refusal(ReportCode.INTAKE_FAILED,
			"Le fichier n'a pas pu être pris en charge à la suite d'une erreur technique : il a été mis de côté sans "
					+ "être importé et l'équipe Relance est prévenue.");

	public static final Refusal CHANGED_DURING_INTAKE = new Refusal(ReportCode.CHANGED_DURING_INTAKE,
			"Le fichier était encore en cours d'écriture pendant sa prise en charge : il a été mis de côté sans être "
					+ "importé. Déposez-le à nouveau une fois complet (de préférence sous un nom en .part renommé à la fin).");

	public static final Refusal ARCHIVE = new Refusal(ReportCode.ARCHIVE,
			"Le fichier est une archive ou un fichier compressé (zip, gz, 7z, rar...) : il n'a pas été ouvert. Déposez "
					+ "les fichiers qu'il contient, sans les compresser.");

	public static final Refusal UTF16_OR_UTF32 = new Refusal(ReportCode.UTF16_TEXT,
			"Le fichier est encodé en UTF-16 ou UTF-32 (export « texte Unicode ») : il n'a pas été lu. Exportez-le en "
					+ "UTF-8 ou dans l'encodage prévu pour vos exports.");

	public static Refusal tooLarge(DeliveryLimit limit) {
		return new Refusal(ReportCode.FILE_TOO_LARGE, "Le fichier dépasse la taille maximale acceptée ("
				+ limit.maxFileSizeFr() + ") : il n'a pas été lu. Découpez-le ou contactez l'équipe Relance.");
	}

}

package fr.relance.intake;

/**
 * An entry of an establishment's {@code in/} that intake neither took nor left waiting,
 * listed in the run summary (intake alerts) and in the establishment's
 * {@code out/<date>-fichiers-ignores.csv}.
 *
 * @param name the entry's name as found (escape it before printing)
 */
public record IgnoredFile(String finess, String name, Reason reason) {

	/**
	 * Why an entry is not taken. Its code is printed for ops; its French text is for the
	 * establishment.
	 */
	public enum Reason {

		HIDDEN_FILE("hidden file", "Fichier caché (nom commençant par un point) : il n'est pas pris en charge."),

		FOLDER("folder",
				"Dossier : les sous-dossiers de in/ ne sont pas lus ; déposez les fichiers directement dans in/."),

		SPECIAL_FILE("not a plain file (pipe, device or socket)",
				"Ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : il n'est pas lu."),

		ABANDONED_UPLOAD("upload left unfinished for more than a day",
				"Dépôt inachevé depuis plus d'un jour (nom en .part ou .filepart) : renommez-le si le transfert est "
						+ "complet, sinon supprimez-le et déposez le fichier à nouveau."),

		OVER_FILE_COUNT("over the number of files per night: left for the next night",
				"Nombre maximal de fichiers par nuit atteint : ce fichier reste dans in/ et sera pris en charge une nuit "
						+ "suivante.");

		private final String opsText;

		private final String messageFr;

		Reason(String opsText, String messageFr) {
			this.opsText = opsText;
			this.messageFr = messageFr;
		}

		public String opsText() {
			return opsText;
		}

		public String messageFr() {
			return messageFr;
		}

	}

}

package fr.relance.formats.noemie;

/**
 * Something odd in a NOEMIE return that does not invalidate it: the return is imported,
 * and the warning is reported to the establishment like a rejected line (file, record,
 * zone, explanation).
 *
 * @param recordNumber the record where it was seen
 * @param value what the record held there (a flag, an entity type: never patient data)
 */
public record NoemieWarning(Kind kind, long recordNumber, String value) {

	/** What the warning is about: its zone and its explanation for the establishment. */
	public enum Kind {

		CONTINUATION_FLAG("indicateur de suite",
				"L'indicateur de suite de cet enregistrement n'est ni 0 ni 1 : "
						+ "l'enregistrement a été lu comme une suite et le retour importé ; signalez-le à l'émetteur."),

		UNKNOWN_ENTITY("type d'entité", "Entité d'un type inconnu : ignorée, le reste du retour a été importé.");

		private final String zone;

		private final String messageFr;

		Kind(String zone, String messageFr) {
			this.zone = zone;
			this.messageFr = messageFr;
		}

		public String code() {
			return "NOEMIE_" + name();
		}

		public String zone() {
			return zone;
		}

		public String messageFr() {
			return messageFr;
		}

	}

}

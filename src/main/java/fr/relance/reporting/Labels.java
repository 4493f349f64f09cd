package fr.relance.reporting;

import java.time.format.DateTimeFormatter;

/** French words of the reports for the codes of the history. */
final class Labels {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final String[] PAYERS = { "AMO", "AMC", "PATIENT" };

	static final String[] BUCKETS = { "0-30", "31-60", "61-90", "91-180", "181-365", "365+" };

	private Labels() {
	}

	static String payer(String payer) {
		return switch (payer) {
			case "PATIENT" -> "patient";
			case "" -> "tous";
			default -> payer;
		};
	}

	static String channel(String channel) {
		return switch (channel) {
			case "LETTER" -> "courrier";
			case "SMS" -> "SMS";
			case "CALL" -> "appel";
			case "REGISTERED_LETTER" -> "lettre recommandée";
			case "EMAIL" -> "e-mail";
			case "HANDOVER" -> "transmission contentieux";
			case "NONE" -> "sans relance dans les 30 jours";
			default -> channel;
		};
	}

	static String bucket(String bucket) {
		return "365+".equals(bucket) ? "plus de 365 jours" : bucket + " jours";
	}

}

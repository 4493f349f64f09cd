package fr.relance.ingest.contacts;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the post brought a letter back, by the word of the {@code motif} column. Only some
 * say the address is wrong: a refused or unclaimed letter reached a patient who lives
 * there.
 */
enum ReturnReason {

	/** N'habite pas à l'adresse indiquée. */
	NPAI("npai", true),
	/**
	 * The address does not exist or cannot be delivered (adresse inconnue, incomplète,
	 * destinataire inconnu).
	 */
	UNKNOWN_ADDRESS("adresse_inconnue", true),
	/** The patient refused the letter. */
	REFUSED("refuse", false),
	/** A registered letter not collected at the post office. */
	UNCLAIMED("non_reclame", false);

	private final String word;

	private final boolean invalidatesAddress;

	ReturnReason(String word, boolean invalidatesAddress) {
		this.word = word;
		this.invalidatesAddress = invalidatesAddress;
	}

	boolean invalidatesAddress() {
		return this.invalidatesAddress;
	}

	/** An empty reason is NPAI, the usual return of a dunning letter. */
	static Optional<ReturnReason> of(String word) {
		String key = word.strip().toLowerCase(Locale.ROOT).replace('é', 'e').replace(' ', '_');
		if (key.isEmpty()) {
			return Optional.of(NPAI);
		}
		return Arrays.stream(values()).filter((r) -> r.word.equals(key)).findFirst();
	}

	static String words() {
		return String.join(", ", Arrays.stream(values()).map((r) -> r.word).toList());
	}

}

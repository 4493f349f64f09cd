package fr.relance.ingest.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a reported contact took place, by the French word of the {@code canal} column;
 * stored by its name.
 */
enum ContactChannel {

	PHONE("telephone"), SMS("sms"), LETTER("courrier"), EMAIL("email"), DESK("guichet");

	private final String word;

	ContactChannel(String word) {
		this.word = word;
	}

	static Optional<ContactChannel> of(String word) {
		String key = word.trim().toLowerCase(Locale.ROOT).replace("é", "e");
		return Arrays.stream(values()).filter((c) -> c.word.equals(key)).findFirst();
	}

	static String words() {
		return String.join(", ", Arrays.stream(values()).map((c) -> c.word).toList());
	}

}

package fr.relance.formats.noemie;

import java.util.Random;

/**
 * Random damage done to a file by the fuzz tests: flipped characters, cuts, duplicated
 * records, stray @.
 */
public final class NoemieFuzzMutations {

	private static final String ALPHABET = "0123456789 @PNRDFOX\n\r9É";

	private NoemieFuzzMutations() {
	}

	/** One to three mutations of {@code base}. */
	public static String mutate(String base, Random random) {
		StringBuilder text = new StringBuilder(base);
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations && text.length() > 0; m++) {
			int at = random.nextInt(text.length());
			switch (random.nextInt(6)) {
				case 0, 1 -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
				case 2 -> text.setLength(at);
				case 3 -> {
					int from = (at / 128) * 128;
					text.insert(from, text.substring(from, Math.min(text.length(), from + 128)));
				}
				case 4 -> text.insert(at, '@');
				default -> text.deleteCharAt(at);
			}
		}
		return text.toString();
	}

}

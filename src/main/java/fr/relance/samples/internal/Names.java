package fr.relance.samples.internal;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Person names. First names are ordinary French ones (with accents, to exercise UTF-8);
 * surnames are built from invented syllables with unusual letter clusters (ZORBAVEL,
 * QUIXTERAC, MOZKIGNOL...) so that no generated person can be mistaken for a real
 * patient.
 */
final class Names {

	static final List<String> FIRST_NAMES = List.of("Marie", "Jean", "Hélène", "Jérôme", "Françoise", "Noël", "Chloé",
			"Léa", "Louis", "Gabriel", "Inès", "Raphaël", "Zoé", "Thérèse", "Émile", "Agnès", "Camille", "Nathalie",
			"Pierre", "Sophie", "Mathéo", "Anaïs", "Yasmine", "Karim", "Fatima", "Jeanne", "Paul", "Lucas", "Manon",
			"Hugo", "Céline", "Gaëlle", "Joël", "Aurélie", "Bernard", "Monique", "Théo", "Maëlys", "Jean-Pierre",
			"Marie-Christine");

	private static final List<String> SURNAME_STARTS = List.of("Zorb", "Quixt", "Vrel", "Plouk", "Grazn", "Tivr",
			"Mozk", "Fenx", "Jarb", "Skel", "Wazz", "Yubr");

	private static final List<String> SURNAME_ENDS = List.of("avel", "iquet", "amonde", "oulin", "erac", "ignol",
			"ardoux", "elin", "ozet", "umbert", "anix", "orel");

	private Names() {
	}

	/**
	 * Upper-case invented surname; a few are compound or carry a particle, as real
	 * ledgers do.
	 */
	static String surname(SplittableRandom random) {
		String base = syllables(random);
		double shape = random.nextDouble();
		if (shape < 0.04) {
			return base + "-" + syllables(random);
		}
		if (shape < 0.06) {
			return "D'" + base;
		}
		return base;
	}

	private static String syllables(SplittableRandom random) {
		return (Draws.pick(random, SURNAME_STARTS) + Draws.pick(random, SURNAME_ENDS)).toUpperCase(Locale.ROOT);
	}

}

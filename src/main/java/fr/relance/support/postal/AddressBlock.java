package fr.relance.support.postal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The recipient block of a letter, normalised to La Poste's rule (norme AFNOR XP
 * Z10-011): at most 6 lines of at most 38 characters, the last line of a French address
 * the postcode and the city in capitals without accents (for another country, its name in
 * capitals comes last). A street line longer than 38 characters is split at a space when
 * a line is left; a recipient name longer than 38 characters is cut, as La Poste allows
 * names to be shortened. So only the address itself can make a block impossible, never
 * the name: the dunning gate, which has no name, asks the same question with
 * {@link #check} and gets the same answer as the renderer.
 *
 * @param lines the lines to print, top to bottom
 */
public record AddressBlock(List<String> lines) {

	public static final int MAX_LINES = 6;

	public static final int MAX_LENGTH = 38;

	private static final Pattern FRENCH_POSTCODE = Pattern.compile("\\d{5}");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

	public AddressBlock {
		lines = List.copyOf(lines);
	}

	/**
	 * The block for this recipient, or the reason La Poste would refuse it.
	 * @param recipient name of the addressee (cut to 38 characters); null reserves its
	 * line (the gate's question)
	 * @param street street lines (blank ones ignored): at least one
	 * @param country ISO code; null, blank or {@code FR} for France
	 */
	public static Result of(String recipient, List<String> street, String postcode, String city, String country) {
		List<String> lines = new ArrayList<>(MAX_LINES);
		lines.add(recipient == null ? "" : cut(clean(recipient)));
		int streetLines = 0;
		for (String raw : street) {
			String line = clean(raw);
			if (line.isEmpty()) {
				continue;
			}
			streetLines++;
			while (line.length() > MAX_LENGTH) {
				int space = line.lastIndexOf(' ', MAX_LENGTH);
				if (space <= 0) {
					return Result.refused("a word of the street line is longer than " + MAX_LENGTH + " characters");
				}
				lines.add(line.substring(0, space));
				line = line.substring(space + 1);
			}
			lines.add(line);
		}
		if (streetLines == 0) {
			return Result.refused("no street line");
		}
		String town = capitals(clean(city));
		if (town.isEmpty()) {
			return Result.refused("no city");
		}
		String code = clean(postcode);
		boolean france = country == null || country.isBlank() || "FR".equalsIgnoreCase(country.strip());
		if (france && !FRENCH_POSTCODE.matcher(code).matches()) {
			return Result.refused("the postcode is not five digits");
		}
		String last = code.isEmpty() ? town : code + " " + town;
		if (last.length() > MAX_LENGTH) {
			return Result.refused("postcode and city are longer than " + MAX_LENGTH + " characters");
		}
		lines.add(last);
		if (!france) {
			String name = new Locale("", country.strip().toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.FRENCH);
			lines.add(cut(capitals(name.isBlank() ? country : name)));
		}
		if (lines.size() > MAX_LINES) {
			return Result.refused("the address needs " + lines.size() + " lines, La Poste reads at most " + MAX_LINES);
		}
		return new Result(new AddressBlock(lines), null);
	}

	/**
	 * Whether an address can take a letter, whoever it is for: null when it can, else the
	 * reason.
	 */
	public static String check(List<String> street, String postcode, String city, String country) {
		return of(null, street, postcode, city, country).refusal();
	}

	private static String clean(String text) {
		return text == null ? "" : SPACES.matcher(text).replaceAll(" ").strip();
	}

	private static String cut(String text) {
		return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH).strip();
	}

	/**
	 * Capitals without accents, as La Poste's sorting machines read the last line best.
	 */
	static String capitals(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		return ACCENTS.matcher(decomposed).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/**
	 * @param block the block, or null when refused
	 * @param refusal why La Poste would not deliver it, or null
	 */
	public record Result(AddressBlock block, String refusal) {

		static Result refused(String reason) {
			return new Result(null, reason);
		}

		public boolean accepted() {
			return this.block != null;
		}

	}

}

package fr.relance.support.postal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Which communes a French postcode serves, from the packaged list of postcodes and
 * communes ({@code codes-postaux.csv.gz}: source, licence and date in
 * {@code docs/formats.md#postcodes}). A city is consistent with its postcode when,
 * written in capitals without accents, hyphens or apostrophes, it is the name of a
 * commune of that postcode or its routing label (libellé d'acheminement), allowing
 * {@code ST}/{@code STE} for Saint/Sainte, a trailing {@code CEDEX} and a Paris, Lyon or
 * Marseille arrondissement number. Loaded once, on first use.
 */
public final class FrenchCommunes {

	private static final String RESOURCE = "codes-postaux.csv.gz";

	private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z0-9]+");

	private static final Pattern CEDEX = Pattern.compile(" CEDEX( \\d+)?$");

	private static final Pattern ARRONDISSEMENT = Pattern.compile(" (\\d{1,2}(E|ER|EME)?|[IVX]+)$");

	private static volatile FrenchCommunes loaded;

	/**
	 * Postcode to the names its communes may be written with, normalised; and the names
	 * as published.
	 */
	private final Map<String, Set<String>> names;

	private final Map<String, List<String>> published;

	private FrenchCommunes(Map<String, Set<String>> names, Map<String, List<String>> published) {
		this.names = names;
		this.published = published;
	}

	/** The packaged list. */
	public static FrenchCommunes packaged() {
		FrenchCommunes communes = loaded;
		if (communes == null) {
			synchronized (FrenchCommunes.class) {
				communes = loaded;
				if (communes == null) {
					communes = load();
					loaded = communes;
				}
			}
		}
		return communes;
	}

	/** True when the list knows this postcode at all. */
	public boolean knows(String postcode) {
		return postcode != null && this.names.containsKey(postcode.strip());
	}

	/**
	 * True when the city is one the postcode serves. A postcode the list does not know (a
	 * CEDEX code of a firm, a code created since) is not judged: true.
	 */
	public boolean consistent(String postcode, String city) {
		if (!knows(postcode) || city == null || city.isBlank()) {
			return true;
		}
		Set<String> known = this.names.get(postcode.strip());
		String name = CEDEX.matcher(normalise(city)).replaceFirst("");
		return known.contains(name) || known.contains(ARRONDISSEMENT.matcher(name).replaceFirst(""));
	}

	/**
	 * The communes the postcode serves, as published, those it is named after first (for
	 * a report); at most max.
	 */
	public List<String> communes(String postcode, int max) {
		List<String> all = postcode == null ? List.of() : this.published.getOrDefault(postcode.strip(), List.of());
		return all.size() <= max ? all : all.subList(0, max);
	}

	static String normalise(String city) {
		String words = NOT_LETTERS.matcher(AddressBlock.capitals(city.strip())).replaceAll(" ").strip();
		return (" " + words + " ").replace(" STE ", " SAINTE ").replace(" ST ", " SAINT ").strip();
	}

	private static FrenchCommunes load() {
		Map<String, Set<String>> names = new HashMap<>(8192);
		Map<String, List<String>> published = new HashMap<>(8192);
		try (InputStream in = FrenchCommunes.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(";", -1);
				Set<String> forCode = names.computeIfAbsent(cells[0], (k) -> new LinkedHashSet<>(2));
				forCode.add(normalise(cells[2]));
				forCode.add(normalise(cells[3]));
				boolean main = normalise(cells[2]).startsWith(normalise(cells[3]));
				published.computeIfAbsent(cells[0], (k) -> new ArrayList<>(2)).add((main ? "0" : "1") + cells[2]);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		// the communes that give the postcode its routing label first (Sélestat before
		// its villages)
		Map<String, List<String>> lists = new HashMap<>(published.size() * 2);
		published.forEach(
				(code, list) -> lists.put(code, list.stream().sorted().map((n) -> n.substring(1)).distinct().toList()));
		return new FrenchCommunes(names, lists);
	}

}

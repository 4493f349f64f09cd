package fr.relance.samples;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.Yaml;

import fr.relance.support.money.Amounts;

/**
 * Reads generated ledgers the way an importer would: driven by the profile files of
 * {@code jobs/profiles} (the contract), not by the generator's code. A CSV ledger row
 * becomes a map from the profile's field keys ({@code invoiceNumber},
 * {@code patientDue}...) to normalised values: amounts at scale 2 with a point, ISO
 * dates, flags as the sorted list of flag keys.
 */
final class ProfileLedgers {

	static final Set<String> AMOUNTS = Set.of("total", "amoDue", "amcDue", "patientDue", "amoPaid", "amcPaid",
			"patientPaid");

	static final Set<String> DATES = Set.of("birthDate", "careDate", "invoiceDate", "dueDate");

	static final List<String> FLAG_KEYS = List.of("dispute", "deceased", "guardianship", "smsOptOut");

	private ProfileLedgers() {
	}

	/**
	 * The profile file {@code jobs/profiles/<name>.yml}, read from the project directory.
	 */
	static Map<String, Object> profile(String name) {
		try (Reader reader = Files.newBufferedReader(Path.of("jobs", "profiles", name + ".yml"))) {
			return new Yaml().load(reader);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** Every row of a CSV ledger, normalised; a leading byte-order mark is dropped. */
	static List<Map<String, String>> readCsv(Path file, String profileName) {
		Map<String, Object> profile = profile(profileName);
		String text = text(file, Charset.forName((String) profile.get("charset")));
		boolean header = (Boolean) profile.get("header");
		CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setDelimiter((String) profile.get("separator"));
		if (header) {
			format.setHeader().setSkipHeaderRecord(true);
		}
		try {
			return format.get()
				.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))
				.stream()
				.map(record -> normalise(record, profile))
				.toList();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	static String text(Path file, Charset charset) {
		try {
			return Files.readString(file, charset);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> normalise(CSVRecord record, Map<String, Object> profile) {
		Map<String, Object> columns = (Map<String, Object>) profile.get("columns");
		char decimal = ((String) profile.get("decimal")).charAt(0);
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(((List<String>) profile.get("dateFormats")).get(0));
		Map<String, String> row = new LinkedHashMap<>();
		columns.forEach((key, column) -> {
			String value = column instanceof Integer position ? record.get(position - 1) : record.get((String) column);
			if (AMOUNTS.contains(key)) {
				value = Amounts.parse(value, decimal).toPlainString();
			}
			else if (DATES.contains(key)) {
				value = LocalDate.parse(value, dates).toString();
			}
			row.put(key, value);
		});
		row.put("flags", flags(row, profile));
		FLAG_KEYS.forEach(row::remove);
		return row;
	}

	/**
	 * Flag keys set on the row, sorted: from a words column or from one yes/no column per
	 * flag.
	 */
	@SuppressWarnings("unchecked")
	private static String flags(Map<String, String> row, Map<String, Object> profile) {
		Set<String> set = new TreeSet<>();
		Map<String, String> words = (Map<String, String>) profile.get("flagWords");
		if (words != null) {
			for (String word : row.get("flags").split(java.util.regex.Pattern.quote(words.get("separator")))) {
				words.forEach((key, code) -> {
					if (!key.equals("separator") && code.equals(word)) {
						set.add(key);
					}
				});
			}
		}
		else {
			List<String> yes = (List<String>) profile.get("trueValues");
			FLAG_KEYS.stream().filter(key -> yes.contains(row.get(key))).forEach(set::add);
		}
		return String.join(",", set);
	}

	/** Rows of a tab-separated FEC with its header, UTF-8. */
	static List<CSVRecord> readFec(Path file) {
		String text = text(file, StandardCharsets.UTF_8);
		try {
			return CSVFormat.DEFAULT.builder()
				.setDelimiter('\t')
				.setQuote(null)
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))
				.getRecords();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	/** truth.csv rows. */
	static List<CSVRecord> readTruth(Path world) {
		String text = text(world.resolve("truth.csv"), StandardCharsets.UTF_8);
		try {
			return CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text))
				.getRecords();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

}

package fr.relance.ingest.contacts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import fr.relance.intake.FileHead;

/**
 * The headers that name a returned-mail file and a STOP file: both are recognised by
 * them, whatever their name.
 */
final class ContactFiles {

	/** Required columns of a returned-mail file; {@code motif} may follow. */
	static final List<String> RETURNED_MAIL = List.of("reference_courrier", "date_retour");

	/** Required column of a STOP file; {@code date_stop} may follow. */
	static final List<String> STOP_LIST = List.of("numero_stop");

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.setAllowMissingColumnNames(true)
		.get();

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private ContactFiles() {
	}

	/**
	 * A date written {@code dd/MM/yyyy} or {@code yyyy-MM-dd}; null when it is neither.
	 */
	static LocalDate date(String text) {
		try {
			return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The cell of an optional column, empty when the file has no such column. */
	static String optional(CSVRecord record, String column) {
		return record.isMapped(column) && record.isSet(column) ? record.get(column).strip() : "";
	}

	/**
	 * True when the file's first line is {@code required} followed by some of
	 * {@code optional}, in order.
	 */
	static boolean headed(FileHead head, List<String> required, List<String> optional) {
		List<String> lines = head.text(StandardCharsets.UTF_8).replace("\uFEFF", "").lines().limit(1).toList();
		if (lines.isEmpty()) {
			return false;
		}
		String header = lines.get(0).strip();
		while (header.endsWith(";")) {
			header = header.substring(0, header.length() - 1);
		}
		List<String> cells = Arrays.stream(header.split(";", -1))
			.map((c) -> c.strip().toLowerCase(Locale.ROOT))
			.toList();
		return cells.size() >= required.size() && cells.subList(0, required.size()).equals(required)
				&& optional.subList(0, Math.min(optional.size(), cells.size() - required.size()))
					.equals(cells.subList(required.size(), cells.size()));
	}

}

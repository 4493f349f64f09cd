package fr.relance.output.letters;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The printer's index of a print file, one row per letter in file order: its sequence,
 * reference, pages (padding included), postal class, and an empty column for the
 * registered-mail number the printer fills in and returns. Semicolon-separated UTF-8,
 * CRLF.
 */
final class PrintIndex {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setHeader("sequence", "reference", "pages", "classe_postale", "numero_recommande")
		.get();

	private PrintIndex() {
	}

	static byte[] of(List<LetterDocument.Placed> placed) {
		StringWriter text = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(text, FORMAT)) {
			int sequence = 0;
			for (LetterDocument.Placed p : placed) {
				csv.printRecord(++sequence, p.letter().reference(), p.pages(),
						p.letter().registered() ? "recommande_ar" : "simple", "");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}

package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The ledger's CSV reader against Apache Commons CSV, the reference, on written and
 * generated inputs.
 */
class CsvRecordReaderTests {

	@Test
	void readsQuotedFieldsLineBreaksAndEmptyLinesLikeCommonsCsv() {
		String text = "invoice;name;address\r\nF1;\"DUPONT; Jean\";\"3 rue \"\"Haute\"\"\r\nbâtiment B\"\r\n\r\n"
				+ "F2;MARTIN;\n\nF3;a\"b;\"c\"  \rF4;;";
		assertThat(records(text, 64, ";")).isEqualTo(
				List.of("[invoice, name, address] line 1", "[F1, DUPONT; Jean, 3 rue \"Haute\"\r\nbâtiment B] line 3",
						"[F2, MARTIN, ] line 5", "[F3, a\"b, c] line 7", "[F4, , ] line 8"));
		assertThat(records(text, 3, ";")).isEqualTo(commons(text, ";"));
	}

	@Test
	void agreesWithCommonsCsvOnGeneratedInputs() {
		Random random = new Random(20261123);
		String alphabet = "ab ;;\"\"\r\n\t\té";
		for (int i = 0; i < 40_000; i++) {
			String delimiter = i % 2 == 0 ? ";" : "\t";
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(40);
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String input = text.toString();
			assertThat(records(input, 1 + random.nextInt(8), delimiter))
				.as("input [%s]", input.replace("\r", "\\r").replace("\n", "\\n"))
				.isEqualTo(commons(input, delimiter));
		}
	}

	/**
	 * Each record with the line it ends on, then the failure if any ("EOF" for a quote
	 * left open).
	 */
	private static List<String> records(String text, int bufferSize, String delimiter) {
		List<String> out = new ArrayList<>();
		CsvRecordReader reader = new CsvRecordReader(new StringReader(text), delimiter, bufferSize);
		try {
			for (String[] record = reader.next(); record != null; record = reader.next()) {
				out.add(List.of(record) + " line " + reader.lineNumber());
			}
		}
		catch (IOException e) {
			out.add(failure(e));
		}
		return out;
	}

	private static List<String> commons(String text, String delimiter) {
		List<String> out = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder()
			.setReader(new StringReader(text))
			.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get())
			.get()) {
			for (CSVRecord record : parser) {
				out.add(record.toList() + " line " + parser.getCurrentLineNumber());
			}
		}
		catch (IOException e) {
			out.add(failure(e));
		}
		catch (UncheckedIOException e) {
			out.add(failure(e.getCause()));
		}
		return out;
	}

	private static String failure(IOException e) {
		return e.getMessage().contains("EOF") ? "failed: quote left open" : "failed: after a closing quote";
	}

}

package fr.relance.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Commons CSV behind a bounded reader: lines up to the limit pass, a longer one refuses
 * the file with its line.
 */
class BoundedLineReaderTests {

	static final RecordLimits LIMITS = new RecordLimits(20, 20);

	private static List<CSVRecord> parse(String text) throws Exception {
		try (Reader reader = new BoundedLineReader(new StringReader(text), LIMITS, "suivi.csv");
				CSVParser csv = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
			return csv.getRecords();
		}
	}

	@Test
	void linesUpToTheLimitAreParsedWhateverTheirLineEnds() throws Exception {
		assertThat(parse("a," + "b".repeat(18) + "\r\nc,d\re,f\n")).hasSize(3);
	}

	@Test
	void aLongerLineRefusesTheFileNamingItsLine() {
		assertThatThrownBy(() -> parse("a,b\r\nc,d\r\n" + "x".repeat(10_000)))
			.isInstanceOfSatisfying(RecordTooLongException.class, e -> {
				assertThat(e.refusal().code()).isEqualTo("RECORD_TOO_LONG");
				assertThat(e.examples().get(0).line()).isEqualTo(3);
				assertThat(e.examples().get(0).file()).isEqualTo("suivi.csv");
			});
	}

}

package fr.relance.ingest.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import fr.relance.ingest.RecordLimits;
import fr.relance.ingest.RecordTooLongException;

/**
 * The ledger reader stops at the record and field limits, and names the line and the
 * column.
 */
class CsvRecordReaderLimitsTests {

	static final RecordLimits LIMITS = new RecordLimits(100, 30);

	private static CsvRecordReader reader(String text) {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(text), ";", 16, LIMITS, "grand-livre.csv");
		reader.names(new String[] { "finess", "invoice_number", "total" });
		return reader;
	}

	@Test
	void aFieldUpToTheLimitIsReadAndOneCharacterMoreRefusesTheFile() throws Exception {
		CsvRecordReader ok = reader("a;" + "x".repeat(30) + ";b\n");
		assertThat(ok.next()).containsExactly("a", "x".repeat(30), "b");

		CsvRecordReader tooLong = reader("a;b;c\nd;" + "x".repeat(31) + ";e\n");
		tooLong.next();
		assertThatThrownBy(tooLong::next).isInstanceOfSatisfying(RecordTooLongException.class, e -> {
			assertThat(e.refusal().code()).isEqualTo("RECORD_TOO_LONG");
			assertThat(e.examples()).singleElement().satisfies(where -> {
				assertThat(where.file()).isEqualTo("grand-livre.csv");
				assertThat(where.line()).isEqualTo(2);
				assertThat(where.field()).isEqualTo("invoice_number");
			});
		});
	}

	@Test
	void aLineWithoutEndIsRefusedOnceItsFieldPassesTheLimitWithoutReadingFurther() {
		// a million zeros: the buffer would have grown to hold them all
		CsvRecordReader zeros = reader("finess;invoice_number;total\n" + "\0".repeat(1_000_000));
		assertThatThrownBy(() -> {
			while (zeros.next() != null) {
				// read on
			}
		}).isInstanceOfSatisfying(RecordTooLongException.class,
				e -> assertThat(e.examples().get(0).line()).isEqualTo(2));
	}

	@Test
	void aRecordOfManyShortFieldsIsBoundedByTheRecordLimit() {
		CsvRecordReader many = reader(";".repeat(150) + "\n");
		assertThatThrownBy(many::next).isInstanceOfSatisfying(RecordTooLongException.class,
				e -> assertThat(e.refusal().messageFr()).contains("La ligne 1 dépasse"));
	}

	@Test
	void anUnclosedQuoteIsBoundedByTheFieldLimitAcrossLines() {
		CsvRecordReader quote = reader("a;\"" + "xy\n".repeat(20) + ";b\n");
		assertThatThrownBy(quote::next).isInstanceOfSatisfying(RecordTooLongException.class,
				e -> assertThat(e.examples().get(0).field()).isEqualTo("invoice_number"));
	}

}

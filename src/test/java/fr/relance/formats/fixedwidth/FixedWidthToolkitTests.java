package fr.relance.formats.fixedwidth;

import static fr.relance.formats.fixedwidth.FieldSpec.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FixedWidthToolkitTests {

	private static final RecordLayout LAYOUT = RecordLayout.of("T", 20, field("count", 1, 3, FieldType.NUMBER),
			field("amount", 4, 6, FieldType.AMOUNT), field("name", 10, 5, FieldType.ALPHA),
			field("date", 15, 6, FieldType.DATE));

	private final FieldReader reader = new FieldReader();

	private FieldReader bound(String text) {
		return reader.bind(LAYOUT, text.toCharArray(), 0, text.length());
	}

	@Test
	void readsTypedValuesByFieldName() {
		FieldReader r = bound("042001234JÉRÔ 250314");
		assertThat(r.number("count")).isEqualTo(42);
		assertThat(r.digits("count")).isEqualTo("042");
		assertThat(r.cents("amount")).isEqualTo(1234);
		assertThat(r.text("name")).isEqualTo("JÉRÔ");
		assertThat(r.raw("date")).isEqualTo("250314");
		assertThat(r.date("date", ShortDatePattern.YYMMDD)).isEqualTo(LocalDate.of(2025, 3, 14));
		assertThat(r.date("date", ShortDatePattern.DDMMYY)).isEqualTo(LocalDate.of(2014, 3, 25));
	}

	@Test
	void namesTheFieldAndPositionOfANonDigit() {
		FixedWidthException ex = catchThrowableOfType(FixedWidthException.class,
				() -> bound("042001 34NAME 250314").cents("amount"));
		assertThat(ex.problem()).isEqualTo(FixedWidthException.Problem.NOT_DIGITS);
		assertThat(ex.field()).isEqualTo("amount");
		assertThat(ex.fieldType()).isEqualTo(FieldType.AMOUNT);
		assertThat(ex.position()).isEqualTo(7);
	}

	@Test
	void refusesImpossibleDatesAndShortText() {
		assertThat(catchThrowableOfType(FixedWidthException.class,
				() -> bound("042001234NAME 250230").date("date", ShortDatePattern.YYMMDD))
			.problem()).isEqualTo(FixedWidthException.Problem.BAD_DATE);
		assertThat(catchThrowableOfType(FixedWidthException.class, () -> bound("042001234")).problem())
			.isEqualTo(FixedWidthException.Problem.TOO_SHORT);
	}

	@Test
	void refusesOverlappingOrDuplicateFieldsWhenALayoutIsDeclared() {
		assertThatThrownBy(
				() -> RecordLayout.of("X", 10, field("a", 1, 5, FieldType.CODE), field("b", 5, 2, FieldType.CODE)))
			.hasMessageContaining("b overlaps a");
		assertThatThrownBy(
				() -> RecordLayout.of("X", 10, field("a", 1, 5, FieldType.CODE), field("a", 6, 2, FieldType.CODE)))
			.hasMessageContaining("declared twice");
		assertThatThrownBy(() -> RecordLayout.of("X", 10, field("a", 8, 5, FieldType.CODE)))
			.hasMessageContaining("ends after position 10");
	}

	@Test
	void buildsWhatItReads() {
		String text = new RecordBuilder(LAYOUT).number("count", 7)
			.cents("amount", 123456)
			.text("name", "ÉLO")
			.date("date", LocalDate.of(2025, 12, 31), ShortDatePattern.YYMMDD)
			.build();
		assertThat(text).isEqualTo("007123456ÉLO  251231");
		assertThatThrownBy(() -> new RecordBuilder(LAYOUT).number("count", 1000))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void cutsRecordsWithMixedLineEndsAndReportsBadLengths() throws Exception {
		RecordSource source = new RecordSource(new StringReader("abcd\r\nefgh\nijkl\rmnop"), 4);
		StringBuilder read = new StringBuilder();
		while (source.next()) {
			read.append(new String(source.chars())).append(source.recordOffset()).append(' ');
		}
		assertThat(read).hasToString("abcd0 efgh6 ijkl11 mnop16 ");
		RecordSource bad = new RecordSource(new StringReader("abcd\nefghi\n"), 4);
		bad.next();
		assertThat(catchThrowableOfType(FixedWidthException.class, bad::next).problem())
			.isEqualTo(FixedWidthException.Problem.LONG_RECORD);
	}

	@Test
	void matchesEveryRecordCountConvention() {
		assertThat(RecordCountConvention.match(7, 7)).contains(RecordCountConvention.ALL_RECORDS);
		assertThat(RecordCountConvention.match(6, 7)).contains(RecordCountConvention.ALL_BUT_ONE_ENVELOPE_RECORD);
		assertThat(RecordCountConvention.match(5, 7)).contains(RecordCountConvention.DATA_RECORDS_ONLY);
		assertThat(RecordCountConvention.match(4, 7)).isEmpty();
	}

}

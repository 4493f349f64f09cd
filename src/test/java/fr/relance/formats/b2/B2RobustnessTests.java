package fr.relance.formats.b2;

import static fr.relance.formats.b2.B2Samples.latin1;
import static fr.relance.formats.b2.B2Samples.only;
import static fr.relance.formats.b2.B2Samples.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;

class B2RobustnessTests {

	/**
	 * A valid CP file, LF line ends: 000, 1, then per invoice 2, 2S, 3, 4, 5; then 6,
	 * 999.
	 */
	private final String valid = new String(B2Samples.file(2, LineEnd.LF), StandardCharsets.ISO_8859_1);

	private static B2FormatException failure(String file) {
		return catchThrowableOfType(B2FormatException.class, () -> readAll(latin1(file), B2Options.strictDefaults()));
	}

	private String line(int recordNumber) {
		return valid.split("\n")[recordNumber - 1];
	}

	private String withLine(int recordNumber, String replacement) {
		assertThat(replacement).hasSize(128);
		return valid.replace(line(recordNumber), replacement);
	}

	@Test
	void refusesEmptyTruncatedAndWrongLengthFiles() {
		assertThat(failure("").reason()).isEqualTo(B2Reason.EMPTY_FILE);
		assertThat(failure(valid.substring(0, 129 * 4 + 60)).reason()).isEqualTo(B2Reason.TRUNCATED);
		assertThat(failure(valid.substring(0, 129 * 12)).reason()).isEqualTo(B2Reason.TRUNCATED);
		B2FormatException shortRecord = failure(valid.substring(0, 129 * 2 + 5) + valid.substring(129 * 2 + 6));
		assertThat(shortRecord.reason()).isEqualTo(B2Reason.BAD_RECORD_LENGTH);
		assertThat(shortRecord.recordNumber()).isEqualTo(3);
	}

	@Test
	void refusesANonDigitInAnAmount() {
		String end = line(7);
		B2FormatException ex = failure(withLine(7, end.substring(0, 52) + "X" + end.substring(53)));
		assertThat(ex.reason()).isEqualTo(B2Reason.BAD_AMOUNT);
		assertThat(ex.recordNumber()).isEqualTo(7);
		assertThat(ex.offset()).isEqualTo(129 * 6 + 52);
	}

	@Test
	void checksLotTotalsStrictlyOrWarns() {
		String lotEnd = line(13);
		String wrong = withLine(13, lotEnd.substring(0, 24) + "999999999" + lotEnd.substring(33));
		assertThat(failure(wrong).reason()).isEqualTo(B2Reason.LOT_TOTAL_MISMATCH);
		B2Trailer trailer = only(readAll(latin1(wrong), B2Options.lenientDefaults()), B2Trailer.class).get(0);
		assertThat(trailer.warnings()).extracting(B2Warning::reason).containsExactly(B2Reason.LOT_TOTAL_MISMATCH);
	}

	@Test
	void checksTrailerCounts() {
		String trailer = line(14);
		assertThat(failure(withLine(14, trailer.substring(0, 82) + "002" + trailer.substring(85))).reason())
			.isEqualTo(B2Reason.TRAILER_LOT_COUNT_MISMATCH);
		assertThat(failure(withLine(14, trailer.substring(0, 55) + "00000099" + trailer.substring(63))).reason())
			.isEqualTo(B2Reason.TRAILER_RECORD_COUNT_MISMATCH);
	}

	@Test
	void refusesRecordsOfAnotherInvoiceOrOutsideOne() {
		String hospital = line(5);
		assertThat(failure(withLine(5, hospital.substring(0, 29) + "000000999" + hospital.substring(38))).reason())
			.isEqualTo(B2Reason.INVOICE_MISMATCH);
		String[] lines = valid.split("\n");
		String noEnd = valid.replace(lines[6] + "\n", "");
		assertThat(failure(noEnd).reason()).isEqualTo(B2Reason.MISSING_END);
	}

	@Test
	void keepsRecordsItDoesNotInterpretRaw() {
		String detail = "3" + line(5).substring(1, 35) + "F" + line(5).substring(36);
		String withDetail = valid.replace(line(5) + "\n", line(5) + "\n" + detail + "\n");
		String trailer = line(14);
		withDetail = withDetail.replace(trailer, trailer.substring(0, 55) + "00000015" + trailer.substring(63));
		B2Invoice invoice = only(readAll(latin1(withDetail), B2Options.strictDefaults()), B2Invoice.class).get(0);
		assertThat(invoice.otherRecords()).containsExactly(detail);
		assertThat(invoice.lineRecords()).isEqualTo(2);
	}

	@Test
	void refusesANoemieFileWithAClearReason() throws IOException {
		byte[] noemie;
		try (InputStream in = getClass().getResourceAsStream("/noemie/worked-example.txt")) {
			noemie = in.readAllBytes();
		}
		B2FormatException ex = catchThrowableOfType(B2FormatException.class,
				() -> readAll(noemie, B2Options.strictDefaults()));
		assertThat(ex.reason()).isEqualTo(B2Reason.NOT_B2);
		assertThat(ex.getMessage()).contains("(a NOEMIE file?)");
		assertThat(failure("X" + valid.substring(1)).reason()).isEqualTo(B2Reason.NOT_B2);
	}

	@Test
	void doesNotJudgeThePlaceholderFiness() {
		String placeholder = valid.replace("999999999", "123456789");
		assertThat(only(readAll(latin1(placeholder), B2Options.strictDefaults()), B2Invoice.class)).hasSize(2);
	}

}

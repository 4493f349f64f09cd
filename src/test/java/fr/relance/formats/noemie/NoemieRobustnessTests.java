package fr.relance.formats.noemie;

import static fr.relance.formats.noemie.NoemieSamples.latin1;
import static fr.relance.formats.noemie.NoemieSamples.only;
import static fr.relance.formats.noemie.NoemieSamples.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.fixedwidth.RecordCountConvention;

/**
 * Each defect gives its own reason code, level and position (worked example of
 * docs/formats.md#worked-examples, mutated).
 */
class NoemieRobustnessTests {

	private final String example = NoemieSamples.workedExample();

	private static NoemieFormatException failure(String file) {
		return failure(latin1(file), NoemieOptions.defaults());
	}

	private static NoemieFormatException failure(byte[] file, NoemieOptions options) {
		return catchThrowableOfType(NoemieFormatException.class, () -> readAll(file, options));
	}

	private String replaced(String from, String to) {
		assertThat(example).contains(from);
		assertThat(to).hasSameSizeAs(from);
		return example.replace(from, to);
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(failure("").reason()).isEqualTo(NoemieReason.EMPTY_FILE);
		assertThat(failure("\r\n\n").reason()).isEqualTo(NoemieReason.EMPTY_FILE);
	}

	@Test
	void refusesAFileCutInARecordOrBeforeItsTrailer() {
		NoemieFormatException cut = failure(example.substring(0, 129 * 3 + 50));
		assertThat(cut.reason()).isEqualTo(NoemieReason.TRUNCATED);
		assertThat(cut.recordNumber()).isEqualTo(4);
		assertThat(failure(example.substring(0, 129 * 6)).reason()).isEqualTo(NoemieReason.TRUNCATED);
	}

	@Test
	void refusesARecordOfTheWrongLength() {
		String shortened = example.substring(0, 129 * 2 + 10) + example.substring(129 * 2 + 11);
		NoemieFormatException ex = failure(shortened);
		assertThat(ex.reason()).isEqualTo(NoemieReason.BAD_RECORD_LENGTH);
		assertThat(ex.recordNumber()).isEqualTo(3);
		assertThat(ex.offset()).isEqualTo(129 * 2);
		String lengthened = example.substring(0, 129 * 2 + 10) + "X" + example.substring(129 * 2 + 10);
		assertThat(failure(lengthened).reason()).isEqualTo(NoemieReason.BAD_RECORD_LENGTH);
	}

	@Test
	void refusesANonDigitInAnAmount() {
		NoemieFormatException ex = failure(replaced("1980500012345P00012345P@", "1980500012345P0001234XP@"));
		assertThat(ex.reason()).isEqualTo(NoemieReason.BAD_AMOUNT);
		assertThat(ex.recordNumber()).isEqualTo(4);
		assertThat(ex.offset()).isEqualTo(example.indexOf("1980500012345P") + 21);
	}

	@Test
	void refusesASignOtherThanPOrN() {
		NoemieFormatException ex = failure(replaced("00012345P@1020", "00012345X@1020"));
		assertThat(ex.reason()).isEqualTo(NoemieReason.BAD_SIGN);
		assertThat(ex.level()).isEqualTo(NoemieLevel.ENTITY);
		assertThat(ex.offset()).isEqualTo(example.indexOf("00012345P@1020") + 8);
	}

	@Test
	void refusesAControlEntityWhoseCountOrSumDiffers() {
		NoemieFormatException count = failure(replaced("0000000200000012345P@", "0000000300000012345P@"));
		assertThat(count.reason()).isEqualTo(NoemieReason.CONTROL_COUNT_MISMATCH);
		assertThat(count.level()).isEqualTo(NoemieLevel.LOT);
		assertThat(count.recordNumber()).isEqualTo(6);
		NoemieFormatException sum = failure(replaced("0000000200000012345P@", "0000000200000012346P@"));
		assertThat(sum.reason()).isEqualTo(NoemieReason.CONTROL_SUM_MISMATCH);
		assertThat(sum.getMessage()).contains("990 sums 12346 cents, 12345 read");
	}

	@Test
	void closesTheNearestOpenLevelAtEachControlEntity() {
		// the sample's 990s close lot, transfer (net of a 15.00 retention) and payee in
		// turn
		String logical = new String(NoemieSamples.file(3, LineEnd.LF, true),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		String[] controls = logical.lines().filter(l -> l.startsWith("99099")).toArray(String[]::new);
		assertThat(controls).containsExactly("99099                 0000000300000012345P@",
				"99099                 0000000100000010845P@", "99099                 0000000100000010845P@");
		NoemieOptions tolerant = NoemieOptions.defaults().withLogicalLines(true);
		String wrongTransfer = logical.replaceFirst("0000000100000010845P@", "0000000100000010846P@");
		NoemieFormatException transfer = failure(latin1(wrongTransfer), tolerant);
		assertThat(transfer.reason()).isEqualTo(NoemieReason.CONTROL_SUM_MISMATCH);
		assertThat(transfer.level()).isEqualTo(NoemieLevel.TRANSFER);
		String wrongPayee = logical.replace("0000000100000010845P@\n999", "0000000200000010845P@\n999");
		NoemieFormatException payee = failure(latin1(wrongPayee), tolerant);
		assertThat(payee.reason()).isEqualTo(NoemieReason.CONTROL_COUNT_MISMATCH);
		assertThat(payee.level()).isEqualTo(NoemieLevel.PAYEE);
	}

	@Test
	void refusesATrailerWhoseTotalOrCountsDiffer() {
		NoemieFormatException total = failure(replaced("00100000012345P", "00100000012344P"));
		assertThat(total.reason()).isEqualTo(NoemieReason.TRAILER_TOTAL_MISMATCH);
		assertThat(total.level()).isEqualTo(NoemieLevel.FILE);
		assertThat(total.recordNumber()).isEqualTo(7);
		assertThat(failure(replaced("00000006T", "00000009T")).reason())
			.isEqualTo(NoemieReason.TRAILER_RECORD_COUNT_MISMATCH);
		assertThat(failure(replaced("00100000012345P", "00200000012345P")).reason())
			.isEqualTo(NoemieReason.TRAILER_LOT_COUNT_MISMATCH);
		NoemieTrailer dataOnly = only(readAll(latin1(replaced("00000006T", "00000005T")), NoemieOptions.defaults()),
				NoemieTrailer.class)
			.get(0);
		assertThat(dataOnly.recordCountConvention()).isEqualTo(RecordCountConvention.DATA_RECORDS_ONLY);
	}

	@Test
	void refusesAnImpossibleDateAndAnUnknownStatus() {
		assertThat(failure(replaced("08003250301017", "08003251301017")).reason()).isEqualTo(NoemieReason.BAD_DATE);
		assertThat(failure(replaced("1980500008000R", "1980500008000Z")).reason()).isEqualTo(NoemieReason.BAD_STATUS);
	}

	@Test
	void refusesABodyThatDoesNotEndWithTheDelimiter() {
		NoemieFormatException ex = failure(replaced("0000000200000012345P@ ", "0000000200000012345P  "));
		assertThat(ex.reason()).isEqualTo(NoemieReason.UNTERMINATED_ENTITY);
	}

	@Test
	void refusesRecordsAfterTheLastOneOrAfterTheTrailer() {
		String[] lines = example.split("\n");
		String extraData = String.join("\n", Arrays.copyOf(lines, 6)) + "\n" + lines[5] + "\n" + lines[6] + "\n";
		assertThat(failure(extraData).reason()).isEqualTo(NoemieReason.DATA_AFTER_END);
		assertThat(failure(example + lines[6] + "\n").reason()).isEqualTo(NoemieReason.DATA_AFTER_END);
	}

	@Test
	void refusesAPartOutsideAnInvoice() {
		// the first 102 becomes an unknown 109: its 110 and 198 have no invoice to belong
		// to
		NoemieFormatException ex = failure(replaced("10204000123456", "10904000123456"));
		assertThat(ex.reason()).isEqualTo(NoemieReason.OUT_OF_PLACE);
		assertThat(ex.level()).isEqualTo(NoemieLevel.INVOICE);
	}

	@Test
	void skipsAnUnknownEntityAndKeepsItRaw() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (NoemieWriter writer = new NoemieWriter(out, NoemieSamples.HEADER, LineEnd.LF)) {
			writer.payee("000000999999999").transfer(NoemieSamples.TRANSFER).lot(NoemieSamples.LOT);
			writer.invoice(NoemieSamples.invoice(0)).entity("99505ENTITE D UNE FUTURE REFERENCE");
			writer.invoice(NoemieSamples.invoice(3)).control().finish();
		}
		List<NoemieEvent> events = readAll(out.toByteArray(), NoemieOptions.defaults());
		assertThat(only(events, UnknownEntity.class)).singleElement()
			.satisfies(u -> assertThat(u.text()).isEqualTo("99505ENTITE D UNE FUTURE REFERENCE"));
		assertThat(only(events, InvoiceReturn.class)).hasSize(2);
		NoemieTrailer trailer = only(events, NoemieTrailer.class).get(0);
		assertThat(trailer.unknownEntities()).isEqualTo(1);
		assertThat(trailer.warnings()).contains(new NoemieWarning(NoemieWarning.Kind.UNKNOWN_ENTITY, 6, "995"));
	}

	@Test
	void warnsOnAContinuationFlagOtherThanZeroOrOne() {
		String flagged = example.substring(0, 129 * 2) + "7" + example.substring(129 * 2 + 1);
		NoemieTrailer trailer = only(readAll(latin1(flagged), NoemieOptions.defaults()), NoemieTrailer.class).get(0);
		assertThat(trailer.warnings()).containsExactly(new NoemieWarning(NoemieWarning.Kind.CONTINUATION_FLAG, 3, "7"));
	}

	@Test
	void readsLatin1CharactersInNamesItDoesNotKeep() {
		List<NoemieEvent> events = readAll(latin1(replaced("PATIENT FICTIF", "PÂTIENT FICTÏF")),
				NoemieOptions.defaults());
		assertThat(only(events, InvoiceReturn.class)).hasSize(2);
	}

	@Test
	void refusesAB2FileWithAClearReason() throws IOException {
		byte[] b2;
		try (InputStream in = getClass().getResourceAsStream("/b2/worked-example-cp.txt")) {
			b2 = in.readAllBytes();
		}
		NoemieFormatException ex = failure(b2, NoemieOptions.defaults());
		assertThat(ex.reason()).isEqualTo(NoemieReason.NOT_NOEMIE);
		assertThat(ex.getMessage()).contains("no @ entity delimiter (a B2 file?)");
		assertThat(failure("HELLO " + example).reason()).isEqualTo(NoemieReason.NOT_NOEMIE);
		assertThat(failure(example.replace("000CP", "001CP")).reason()).isEqualTo(NoemieReason.NOT_NOEMIE);
	}

}

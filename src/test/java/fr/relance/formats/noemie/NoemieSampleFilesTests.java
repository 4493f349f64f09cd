package fr.relance.formats.noemie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every file of samples/noemie gives the outcome its README states. */
class NoemieSampleFilesTests {

	private static final Path FOLDER = Path.of("samples", "noemie");

	/** File name to expected reason; null for a valid file. */
	private static final Map<String, NoemieReason> EXPECTED = new HashMap<>();

	static {
		EXPECTED.put("valid-worked-example.noemie", null);
		EXPECTED.put("valid-small-crlf.noemie", null);
		EXPECTED.put("valid-small-no-line-ends.noemie", null);
		EXPECTED.put("valid-logical-lines.txt", null);
		EXPECTED.put("invalid-control-sum.noemie", NoemieReason.CONTROL_SUM_MISMATCH);
		EXPECTED.put("invalid-trailer-total.noemie", NoemieReason.TRAILER_TOTAL_MISMATCH);
		EXPECTED.put("invalid-bad-sign.noemie", NoemieReason.BAD_SIGN);
		EXPECTED.put("invalid-amount-not-digits.noemie", NoemieReason.BAD_AMOUNT);
		EXPECTED.put("invalid-truncated.noemie", NoemieReason.TRUNCATED);
		EXPECTED.put("invalid-record-length.noemie", NoemieReason.BAD_RECORD_LENGTH);
	}

	@Test
	void everySampleGivesItsDocumentedOutcome() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
				.containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		}
		for (Map.Entry<String, NoemieReason> sample : EXPECTED.entrySet()) {
			byte[] bytes = Files.readAllBytes(FOLDER.resolve(sample.getKey()));
			NoemieOptions options = NoemieOptions.defaults().withLogicalLines(sample.getKey().contains("logical"));
			NoemieFormatException ex = catchThrowableOfType(NoemieFormatException.class,
					() -> NoemieSamples.readAll(bytes, options));
			assertThat(ex == null ? null : ex.reason()).as(sample.getKey()).isEqualTo(sample.getValue());
		}
	}

}

package fr.relance.formats.b2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every file of samples/b2 gives, in strict mode, the outcome its README states. */
class B2SampleFilesTests {

	private static final Path FOLDER = Path.of("samples", "b2");

	private static final Map<String, B2Reason> EXPECTED = new HashMap<>();

	static {
		EXPECTED.put("valid-small-cp.b2", null);
		EXPECTED.put("worked-example-line-count.b2", B2Reason.LINE_COUNT_MISMATCH);
		EXPECTED.put("invalid-lot-totals.b2", B2Reason.LOT_TOTAL_MISMATCH);
		EXPECTED.put("invalid-truncated.b2", B2Reason.TRUNCATED);
	}

	@Test
	void everySampleGivesItsDocumentedOutcome() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")))
				.containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
		}
		for (Map.Entry<String, B2Reason> sample : EXPECTED.entrySet()) {
			byte[] bytes = Files.readAllBytes(FOLDER.resolve(sample.getKey()));
			B2FormatException ex = catchThrowableOfType(B2FormatException.class,
					() -> B2Samples.readAll(bytes, B2Options.strictDefaults()));
			assertThat(ex == null ? null : ex.reason()).as(sample.getKey()).isEqualTo(sample.getValue());
		}
	}

}

package fr.relance.formats.b2;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.NoemieFuzzMutations;

/**
 * Mutated B2 files: only {@link B2FormatException}, in strict and lenient mode, never a
 * hang.
 */
class B2FuzzTests {

	private static final long SEED = 20250301L;

	@Test
	void onlyEverThrowsItsOwnFormatException() {
		Random random = new Random(SEED);
		List<String> bases = List.of(B2Samples.workedExample(), text(B2Samples.file(3, LineEnd.NONE)),
				text(B2Samples.file(2, LineEnd.CRLF)));
		for (int i = 0; i < 2000; i++) {
			byte[] mutated = B2Samples.latin1(NoemieFuzzMutations.mutate(bases.get(i % bases.size()), random));
			B2Options options = i % 2 == 0 ? B2Options.strictDefaults() : B2Options.lenientDefaults();
			int file = i;
			assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(mutated, options, file));
		}
	}

	private static void parse(byte[] file, B2Options options, int index) {
		try {
			B2Samples.readAll(file, options);
		}
		catch (B2FormatException expected) {
			// the only acceptable failure
		}
		catch (RuntimeException ex) {
			fail("mutated file " + index + " (seed " + SEED + ") raised " + ex, ex);
		}
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}

package fr.relance.formats.noemie;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.relance.formats.fixedwidth.LineEnd;

/**
 * Thousands of mutated files: the reader either accepts a file or throws its own
 * {@link NoemieFormatException}; never another exception, never a hang.
 */
class NoemieFuzzTests {

	private static final long SEED = 20250314L;

	private static final int FILES = 3000;

	@Test
	void onlyEverThrowsItsOwnFormatException() {
		Random random = new Random(SEED);
		List<String> bases = List.of(NoemieSamples.workedExample(), text(NoemieSamples.file(5, LineEnd.NONE, false)),
				text(NoemieSamples.file(4, LineEnd.CRLF, false)));
		String logical = text(NoemieSamples.file(4, LineEnd.LF, true));
		for (int i = 0; i < FILES; i++) {
			boolean logicalMode = i % 5 == 4;
			String base = logicalMode ? logical : bases.get(i % bases.size());
			byte[] mutated = NoemieSamples.latin1(NoemieFuzzMutations.mutate(base, random));
			NoemieOptions options = NoemieOptions.defaults().withLogicalLines(logicalMode);
			int file = i;
			assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(mutated, options, file));
		}
	}

	private static void parse(byte[] file, NoemieOptions options, int index) {
		try {
			NoemieSamples.readAll(file, options);
		}
		catch (NoemieFormatException expected) {
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

package fr.relance.ingest.noemie;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import fr.relance.ingest.fixedwidth.LineEnd;

/**
 * Thousands of mutated files: the reader either accepts a file or throws its own {@link NoemieFormatException};
 * never another exception, never a hang.
 */
class NoemieFuzzTests {

	private static final long SEED = 20250314L;

	private static final int FILES = 3000;

	private static final String ALPHABET = "0123456789 @PNRDFOX\n\r9É";

	@Test
	void onlyEverThrowsItsOwnFormatException() {
		Random random = new Random(SEED);
		List<String> bases = List.of(NoemieSamples.workedExample(),
				text(NoemieSamples.file(5, LineEnd.NONE, false)), text(NoemieSamples.file(4, LineEnd.CRLF, false)));
		String logical = text(NoemieSamples.file(4, LineEnd.LF, true));
		for (int i = 0; i < FILES; i++) {
			boolean logicalMode = i % 5 == 4;
			String base = logicalMode ? logical : bases.get(i % bases.size());
			byte[] mutated = NoemieSamples.latin1(mutate(base, random));
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

	static String mutate(String base, Random random) {
		StringBuilder text = new StringBuilder(base);
		int mutations = 1 + random.nextInt(3);
		for (int m = 0; m < mutations && text.length() > 0; m++) {
			int at = random.nextInt(text.length());
			switch (random.nextInt(6)) {
				case 0, 1 -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
				case 2 -> text.setLength(at);
				case 3 -> {
					int from = (at / 128) * 128;
					text.insert(from, text.substring(from, Math.min(text.length(), from + 128)));
				}
				case 4 -> text.insert(at, '@');
				default -> text.deleteCharAt(at);
			}
		}
		return text.toString();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}

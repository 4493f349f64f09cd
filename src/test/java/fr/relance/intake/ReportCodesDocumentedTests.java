package fr.relance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.relance.formats.b2.B2Reason;
import fr.relance.formats.noemie.NoemieReason;
import fr.relance.formats.noemie.NoemieWarning;

/**
 * An establishment that reads a code in its error report finds it explained in
 * {@code docs/formats.md}: every code the engine can write is in the section "Error
 * report codes", and the table lists no code the engine no longer has.
 */
class ReportCodesDocumentedTests {

	private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

	private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]+)` \\|");

	@Test
	void everyCodeTheEngineWritesIsExplained() throws IOException {
		String section = section();
		Set<String> documented = matches(CODE, section);
		Set<String> written = new TreeSet<>();
		Arrays.stream(ReportCode.values()).map(Enum::name).forEach(written::add);
		Arrays.stream(NoemieReason.values()).map(Enum::name).forEach(written::add);
		Arrays.stream(NoemieWarning.Kind.values()).map(NoemieWarning.Kind::code).forEach(written::add);
		Arrays.stream(B2Reason.values())
			.map((reason) -> reason.isCheck() ? "B2_" + reason.name() : reason.name())
			.forEach(written::add);

		assertThat(documented).containsAll(written);
	}

	@Test
	void theTableListsOnlyCodesTheEngineHas() throws IOException {
		Set<String> rows = matches(TABLE_ROW, section());
		Set<String> codes = new TreeSet<>(Arrays.stream(ReportCode.values()).map(Enum::name).toList());

		assertThat(rows).isEqualTo(codes);
	}

	private static String section() throws IOException {
		String doc = Files.readString(Path.of("docs/formats.md"));
		int start = doc.indexOf("<a id=\"error-codes\"></a>");
		assertThat(start).as("docs/formats.md has its error-codes section").isNotNegative();
		int end = doc.indexOf("<a id=", start + 1);
		return doc.substring(start, end < 0 ? doc.length() : end);
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

}

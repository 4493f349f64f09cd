package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.support.ids.SensitiveValues;

/**
 * Every engine run writes its own log file under {@code <home>/logs/}; a whole demo
 * night's log holds no personal data of the samples, and the console (what cron mails)
 * gets the short summary, not the log.
 */
class RunLogTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void theLogAndRunSummaryOfAFullDemoNightHoldNoNamePhoneNirOrEmailOfTheSamples() throws Exception {
		assertThat(cli.run("demo", "--home", home.toString(), "--samples", "samples",
				"--relance.embedded-db.binaries=target/test-homes/postgres"))
			.isZero();

		List<Path> logs = Files.list(home.resolve("logs"))
			.filter(p -> p.getFileName().toString().startsWith("relance-"))
			.toList();
		assertThat(logs).hasSize(1);
		String log = Files.readString(logs.get(0), StandardCharsets.UTF_8);
		assertThat(log).contains("INFO  stage - intake COMPLETED", "INFO  stage - dunning COMPLETED");
		// the run summary goes to monitoring and to ops: held to the same rule
		String summary = Files.readString(home.resolve("out/2026-11-20/run-summary.json"), StandardCharsets.UTF_8);
		assertThat(summary).contains("\"intake\"");
		String written = log + "\n" + summary;
		for (String value : personalValuesOfTheSamples()) {
			// as a whole word: "Anne" is a first name, "planned" is not
			Pattern word = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(value) + "(?![\\p{L}\\d])",
					Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
			assertThat(word.matcher(written).find()).as("the run log or summary names %s", value).isFalse();
		}
		// by shape in the log only: the summary lists the night's files by name, and
		// adt-a08-20261120.hl7 has the digits of a phone number
		log.lines()
			.forEach(line -> assertThat(SensitiveValues.mask(line)).as("a NIR, phone or e-mail in the log")
				.isEqualTo(line));
		// cron mails the console: the summary and where the log is, not the log itself
		assertThat(cli.out()).contains("Relance nightly 2026-11-20: COMPLETED", "Log: " + logs.get(0))
			.doesNotContain("INFO  stage");
	}

	/** Names, phones and e-mails of the sample ledgers and bank statement. */
	private static Set<String> personalValuesOfTheSamples() throws Exception {
		Set<String> values = new HashSet<>();
		columns(Path.of("samples/drop/750000010/in/ledger-20261120.csv"), StandardCharsets.UTF_8, values, "last_name",
				"first_name", "phone", "email");
		columns(Path.of("samples/drop/670000025/in/export-gam-20261120.csv"), Charset.forName("windows-1252"), values,
				"Nom", "Prénom", "Téléphone", "Courriel");
		Matcher names = Pattern.compile("<Nm>([^<]+)</Nm>")
			.matcher(Files.readString(Path.of("samples/drop/750000010/in/releve-banque-20261119.xml")));
		while (names.find()) {
			values.add(names.group(1));
		}
		values.removeIf(v -> v.isBlank() || v.length() < 4);
		assertThat(values).contains("FICTIF-MARTIN", "06 12 34 56 78", "helene.martin@example.org", "FICTIF-SCHMITT");
		return values;
	}

	private static void columns(Path csv, Charset charset, Set<String> values, String... names) throws Exception {
		List<String> lines = Files.readAllLines(csv, charset);
		List<String> header = List.of(lines.get(0).split(";", -1));
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(";", -1);
			for (String name : names) {
				int column = header.indexOf(name);
				assertThat(column).as("column %s of %s", name, csv).isNotNegative();
				if (column < cells.length) {
					values.add(cells[column].strip());
				}
			}
		}
	}

}

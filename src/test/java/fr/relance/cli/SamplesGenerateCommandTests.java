package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code samples generate --next-night true} writes the files of the day after. */
class SamplesGenerateCommandTests {

	@TempDir
	Path out;

	@Test
	void theNextNightWritesTheFilesOfTheDayAfterWithoutKpiTruth() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		Cli cli = new Cli(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);

		int status = cli.run(new String[] { "samples", "generate", "--out", this.out.toString(), "--establishments",
				"1", "--invoices", "100", "--date", "2026-11-20", "--returns", "true", "--next-night", "true" });

		assertThat(status).isZero();
		assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Generated 101 invoices");
		try (Stream<Path> files = Files.walk(this.out.resolve("drop"))) {
			assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())).isNotEmpty()
				.allMatch(name -> name.contains("20261121"));
		}
		assertThat(this.out.resolve("truth.csv")).isRegularFile();
		assertThat(this.out.resolve("kpi-truth.csv")).doesNotExist();
	}

}

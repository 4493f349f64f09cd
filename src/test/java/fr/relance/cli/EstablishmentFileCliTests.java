package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An establishment file the engine cannot use stops the command before any work, with
 * exit status 2.
 */
class EstablishmentFileCliTests {

	@Test
	void aNightWithAnEstablishmentFileMissingLedgerRecordsBankPaymentsDoesNotRun(@TempDir Path home) throws Exception {
		Path establishments = Files.createDirectories(home.resolve("establishments"));
		Files.writeString(establishments.resolve("750000010.yml"),
				Files.readString(Path.of("samples/establishments/750000010.yml"), StandardCharsets.UTF_8)
					.replace("ledgerRecordsBankPayments: false\n", ""),
				StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.run(new String[] { "nightly", "--date", "2026-11-20", "--home", home.toString(), "--establishments",
					establishments.toString(), "--relance.embedded-db.fast=true" });

		assertThat(status).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8))
			.contains("750000010.yml line 2, ledgerRecordsBankPayments: is required", "counted twice");
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Summary:");
		assertThat(home.resolve("out")).doesNotExist();
	}

}

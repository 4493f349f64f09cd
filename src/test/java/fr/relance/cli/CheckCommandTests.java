package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops/relance check} after a real night: every rule holds; a bad option is
 * refused.
 */
class CheckCommandTests {

	@TempDir
	Path home;

	@Test
	void everyCheckPassesAfterTheSampleNight() {
		assertThat(run("demo", "--home", home.toString(), "--samples", "samples")).isZero();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
			.run(new String[] { "check", "--home", home.toString() });

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status).as(printed).isZero();
		assertThat(printed).contains("ok      dunning-case-owner", "ok      emitted-action-batch",
				"ok      payment-over-allocated", "6 checks, 0 failed");
	}

	@Test
	void anUnknownOptionIsBadUsage() {
		assertThat(run("check", "--verbose", "yes")).isEqualTo(2);
	}

	private static int run(String... args) {
		return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err)
			.run(args);
	}

}

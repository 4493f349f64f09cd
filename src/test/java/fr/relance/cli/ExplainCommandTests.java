package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The command line of {@code explain}; what it prints is tested on the explainer
 * (DunningStageTests).
 */
class ExplainCommandTests {

	private final Console console = new Console(
			new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
			new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

	@Test
	void needsTheEstablishmentAndThePatient() {
		assertThatThrownBy(
				() -> new ExplainCommand().run(Arguments.parse(new String[] { "explain", "--patient", "P1" }), console))
			.isInstanceOf(UsageException.class)
			.hasMessage("--establishment FINESS is required");
		assertThatThrownBy(() -> new ExplainCommand()
			.run(Arguments.parse(new String[] { "explain", "--establishment", "750000010" }), console))
			.isInstanceOf(UsageException.class)
			.hasMessage("--patient ID is required");
	}

	@Test
	void refusesAnUnknownOption() {
		assertThatThrownBy(() -> new ExplainCommand().run(Arguments.parse(
				new String[] { "explain", "--establishment", "750000010", "--patient", "P1", "--date", "2031-01-01" }),
				console))
			.isInstanceOf(UsageException.class)
			.hasMessage("unknown option --date");
	}

	@Test
	void refusesANightThatIsNotADate() {
		assertThatThrownBy(() -> new ExplainCommand().run(Arguments.parse(
				new String[] { "explain", "--establishment", "750000010", "--patient", "P1", "--night", "20/11/2026" }),
				console))
			.isInstanceOf(UsageException.class)
			.hasMessage("--night must be a date YYYY-MM-DD, got 20/11/2026");
	}

	@Test
	void explainsItselfWithTheOptionsItTakes() {
		assertThat(new ExplainCommand().usage())
			.startsWith("usage: relance explain --establishment FINESS --patient ID")
			.contains("--night YYYY-MM-DD", "--home DIR", "exit status");
	}

}

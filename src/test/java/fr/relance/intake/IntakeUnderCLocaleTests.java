package fr.relance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23 item 4: cron starts {@code ops/relance} with {@code LANG=C}, where a JVM
 * cannot spell an accented file name. The launcher must give the engine a UTF-8 locale
 * itself. The accented name is written and read back as bytes by the shell, so that the
 * test does not depend on the locale of the JVM running it either.
 */
class IntakeUnderCLocaleTests {

	@TempDir
	Path home;

	@Test
	void aNightStartedByTheLauncherUnderLangCTakesAnAccentedFileName() throws Exception {
		String output = nightUnderLangC("ops/relance");

		String log = Files.readString(home.resolve("night.log"), StandardCharsets.UTF_8);
		assertThat(output).as(log)
			.containsPattern("exit=[03]\\n")
			.contains("in:\nstored:\n")
			.containsPattern("stored:\\n\\d+-relevé-été\\.xml\\n");
		String summary = Files.readString(home.resolve("out/2032-03-01/run-summary.json"), StandardCharsets.UTF_8);
		// taken by intake under its own name (the sample statement is then refused by the
		// bank-statement import,
		// its account being none of the sample establishment's: what matters here is that
		// the name survived)
		assertThat(summary).contains("\"name\" : \"relevé-été.xml\"").doesNotContain("not UTF-8");
		assertThat(log).doesNotContain("relev?");
	}

	@Test
	void anEngineStartedWithoutTheLauncherUnderLangCQuarantinesTheFileAndSaysWhy() throws Exception {
		String output = nightUnderLangC("java -Xmx512m -cp \"$RELANCE_CLASSPATH\" fr.relance.RelanceApplication");

		String log = Files.readString(home.resolve("night.log"), StandardCharsets.UTF_8);
		assertThat(output).as(log)
			.containsPattern("exit=3\\n")
			.contains("in:\nstored:\n")
			.containsPattern("stored:\\n\\d+-unreadable-name\\n");
		assertThat(Files.readString(home.resolve("out/2032-03-01/run-summary.json"), StandardCharsets.UTF_8))
			.contains("INTAKE_FAILED", "file names are read as ANSI_X3.4-1968, not UTF-8");
	}

	/**
	 * Drops {@code relevé-été.xml} for 750000010 and runs one night with {@code engine}
	 * under LANG=C.
	 */
	private String nightUnderLangC(String engine) throws Exception {
		String script = """
				set -e
				in="$HOME_DIR/drop/750000010/in"
				mkdir -p "$in"
				cp samples/payments/camt053-sample.xml "$in/$(printf 'relev\\303\\251-\\303\\251t\\303\\251.xml')"
				touch -d '1 hour ago' "$in"/*
				set +e
				%s nightly --date 2032-03-01 --allow-future-date --home "$HOME_DIR" --establishments samples/establishments \\
				    --relance.intake.settle-delay=0s --relance.embedded-db.fast=true > "$HOME_DIR/night.log" 2>&1
				echo "exit=$?"
				echo "in:"; ls -1 "$in"
				echo "stored:"; ls -1 "$HOME_DIR/drop/.archive/750000010/2032-03-01" "$HOME_DIR/drop/.quarantine/750000010" \\
				    2>/dev/null | grep -v '^/' | grep -v '^$' | grep -v 'reason.txt$'
				"""
			.formatted(engine);
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", script)
			.directory(Path.of("").toAbsolutePath().toFile())
			.redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG") || name.equals("LANGUAGE"));
		env.put("LANG", "C");
		env.put("LC_ALL", "C");
		env.put("HOME_DIR", home.toString());
		env.put("RELANCE_CLASSPATH", System.getProperty("java.class.path"));
		env.put("RELANCE_JAVA_OPTS", "-Xmx512m");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		return output;
	}

}

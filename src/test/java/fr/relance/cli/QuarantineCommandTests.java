package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code relance quarantine list | release}: on the files of a drop zone, no database
 * needed.
 */
class QuarantineCommandTests {

	private final CliRun cli = new CliRun();

	@TempDir
	Path home;

	@Test
	void listShowsEachFileWithItsReason() throws Exception {
		quarantined("750000010", "2-compte-rendu.txt", "compte-rendu.txt", "UNKNOWN_FORMAT");

		assertThat(cli.run("quarantine", "list", "--home", home.toString())).isZero();

		assertThat(cli.out()).contains("1 quarantined file(s)", "750000010/2-compte-rendu.txt", "UNKNOWN_FORMAT",
				"dropped as compte-rendu.txt: Motif de test.");
	}

	@Test
	void releaseMovesTheFileBackToInUnderItsNameAndKeepsATrace() throws Exception {
		Path stored = quarantined("750000010", "2-compte-rendu.txt", "compte-rendu.txt", "UNKNOWN_FORMAT");

		assertThat(cli.run("quarantine", "release", "750000010/2-compte-rendu.txt", "--home", home.toString()))
			.isZero();

		assertThat(home.resolve("drop/750000010/in/compte-rendu.txt")).hasContent("content of compte-rendu.txt");
		assertThat(stored).doesNotExist();
		assertThat(stored.resolveSibling("2-compte-rendu.txt.reason.txt")).doesNotExist();
		Path released = home.resolve("drop/.quarantine/750000010/.released");
		assertThat(Files.list(released).toList()).singleElement()
			.satisfies(trace -> assertThat(trace).content(StandardCharsets.UTF_8)
				.contains("Code : UNKNOWN_FORMAT", "Vers : in/compte-rendu.txt", "Forcé : non"));
		assertThat(home.resolve("logs/operations.log")).content(StandardCharsets.UTF_8)
			.contains(
					"quarantine release 750000010/2-compte-rendu.txt (UNKNOWN_FORMAT) to 750000010/in/compte-rendu.txt");
		assertThat(cli.run("quarantine", "list", "--home", home.toString())).isZero();
		assertThat(cli.out()).contains("0 quarantined file(s)");
	}

	@Test
	void aFileOfAnotherEstablishmentNeedsForceAndAReason() throws Exception {
		Path stored = quarantined("750000010", "5-export.csv", "export.csv", "FOREIGN_FINESS");
		String id = "750000010/5-export.csv";

		assertThat(cli.run("quarantine", "release", id, "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("was quarantined as FOREIGN_FINESS", "needs --force and --reason");
		assertThat(cli.run("quarantine", "release", id, "--force", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("--force needs --reason");
		assertThat(stored).exists();
		assertThat(home.resolve("drop/750000010/in/export.csv")).doesNotExist();

		assertThat(cli.run("quarantine", "release", id, "--force", "--reason",
				"ticket 42: the FINESS on line 3 is the" + " clinic's former number", "--home", home.toString()))
			.isZero();

		assertThat(home.resolve("drop/750000010/in/export.csv")).exists();
		assertThat(home.resolve("logs/operations.log")).content(StandardCharsets.UTF_8)
			.contains("SECURITY quarantine release 750000010/5-export.csv (FOREIGN_FINESS)",
					", forced, reason: ticket 42");
	}

	@Test
	void badUsageIsExitTwoAndMovesNothing() throws Exception {
		Path stored = quarantined("750000010", "2-a.txt", "a.txt", "UNKNOWN_FORMAT");

		assertThat(cli.run("quarantine", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("say 'quarantine list' or 'quarantine release FINESS/FILE'");
		assertThat(cli.run("quarantine", "purge", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("unknown quarantine operation 'purge'");
		assertThat(cli.run("quarantine", "release", "750000010/9-nothing.txt", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("no quarantined file '750000010/9-nothing.txt'");
		assertThat(cli.run("quarantine", "release", "750000010/../../../etc/passwd", "--home", home.toString()))
			.isEqualTo(2);
		assertThat(cli.run("quarantine", "list", "--force", "--home", home.toString())).isEqualTo(2);
		Files.createDirectories(home.resolve("drop/750000010/in"));
		Files.writeString(home.resolve("drop/750000010/in/a.txt"), "a newer a.txt, not yet taken");
		assertThat(cli.run("quarantine", "release", "750000010/2-a.txt", "--home", home.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("a file named a.txt is already waiting");
		assertThat(stored).exists();
		assertThat(home.resolve("drop/750000010/in/a.txt")).hasContent("a newer a.txt, not yet taken");
	}

	private Path quarantined(String finess, String stored, String original, String code) throws Exception {
		Path dir = Files.createDirectories(home.resolve("drop/.quarantine").resolve(finess));
		Path file = Files.writeString(dir.resolve(stored), "content of " + original);
		Files.writeString(dir.resolve(stored + ".reason.txt"), "Fichier : " + original + "\nÉtablissement : " + finess
				+ "\nCode : " + code + "\nMotif : Motif de test.\n", StandardCharsets.UTF_8);
		return file;
	}

}

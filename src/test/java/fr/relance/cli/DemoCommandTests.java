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
 * The demo a newcomer runs first: the whole night on samples/, through the real command
 * line.
 */
class DemoCommandTests {

	@TempDir
	Path home;

	@Test
	void runsTheSampleNightAndPrintsTheSummaryAndTheOutputs() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		int status = cli.run(new String[] { "demo", "--home", home.toString(), "--samples", "samples" });

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(status).isZero();
		assertThat(printed).contains("Relance nightly 2026-11-20: COMPLETED (attempt 1)")
			.contains("intake", "ingest", "reconcile", "dunning", "output", "reporting")
			.contains("Outputs (under");
		assertThat(home.resolve("out/2026-11-20/run-summary.json")).exists();
		assertThat(printed).contains("listed: 1 payer return lines unmatched (retours-non-rapproches), 1 parts to"
				+ " re-bill (a-refacturer), 1 patient payments in suspense (paiements-en-attente), 1 credits (trop-percus);"
				+ " 4 payer return lines matched; patient payments tonight: 2 matched, 1 with a credit, 1 left in suspense");
		// the table totals the establishments; each one's notes follow its line
		assertThat(printed).containsPattern("dunning +COMPLETED +19 +6 ")
			.contains("dunning    15 cases: 5 letters planned; 5 held (DECEASED 1, DISPUTE 1, INSURER_PENDING 1,"
					+ " PAYMENT_PLAN_IN_GOOD_STANDING 1, RECENT_CONTACT 1)")
			.contains("dunning    4 cases: 1 letters planned; 2 held (INSURER_PENDING 1, UNDER_GUARDIANSHIP 1)");
		assertThat(home.resolve("out/2026-11-20/dunning-decisions.csv")).content(StandardCharsets.UTF_8)
			.containsPattern("670000025,\\d+,\\*\\*\\*001,2026-11-20,ACT,first-letter,LETTER,40\\.00");
		Path reports = home.resolve("drop/750000010/out");
		assertThat(reports.resolve("2026-11-20-ledger-20261120.csv.errors.csv")).content(StandardCharsets.UTF_8)
			.contains("ledger-20261120.csv;13;total;-60,00;NEGATIVE_AMOUNT");
		// the HL7 ADT batch: its malformed message reported by line, segment and field,
		// the others applied
		assertThat(reports.resolve("2026-11-20-adt-lot-20261120.hl7.errors.csv")).content(StandardCharsets.UTF_8)
			.contains("adt-lot-20261120.hl7;17;PID-30;X;BAD_DEATH_INDICATOR;Message 4 : ")
			.doesNotContain("282099412345678");
		assertThat(reports.resolve("2026-11-20-a-refacturer.csv")).content(StandardCharsets.UTF_8)
			.contains("F260000105;AMO;;18,40;20/11/2026;C310");
		assertThat(reports.resolve("2026-11-20-trop-percus.csv")).content(StandardCharsets.UTF_8)
			.contains("F260000103");
		assertThat(home.resolve("drop/.quarantine/750000010"))
			.isDirectoryContaining("glob:**compte-rendu-reunion.txt.reason.txt");
		assertThat(printed).contains(Path.of("out", "2026-11-20", "run-summary.json").toString());
		assertThat(printed).containsPattern("output +COMPLETED +6 +6 ")
			.contains("output     5 actions emitted in 1 files", "output     1 actions emitted in 1 files")
			.contains("E-mails: no SMTP server configured (spring.mail.host), so none is sent")
			.contains("2026-11-20-750000010-lettres-001.pdf: 5 letters")
			.contains("2026-11-20-670000025-lettres-001.pdf: 1 letters");
		assertThat(home.resolve("archive/letters/750000010/2026/2026-11-20-750000010-lettres-001.pdf")).exists();
		java.util.regex.Matcher find = java.util.regex.Pattern.compile("ops/relance letter --reference (RL\\S+)")
			.matcher(printed);
		assertThat(find.find()).isTrue();
		ByteArrayOutputStream where = new ByteArrayOutputStream();
		int found = new Cli(new PrintStream(where, true, StandardCharsets.UTF_8), System.err)
			.run(new String[] { "letter", "--reference", find.group(1), "--home", home.toString() });
		assertThat(found).isZero();
		assertThat(where.toString(StandardCharsets.UTF_8)).contains(find.group(1) + " (establishment ")
			.contains("sent on 20/11/2026", "print file: " + home.toAbsolutePath().normalize(), "archive:    ");
		// the demo's database was stopped when the command ended: the home can be wiped
		// and reused at once
		assertThat(Files.exists(home.resolve("pgdata/postmaster.pid"))).isFalse();
	}

	@Test
	void runningTheDemoTwiceStartsFromAFreshHome() throws Exception {
		Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
		String[] args = { "demo", "--home", home.toString(), "--samples", "samples" };
		assertThat(cli.run(args)).isZero();
		Files.writeString(home.resolve("leftover.txt"), "from the first demo");

		assertThat(cli.run(args)).isZero();

		assertThat(home.resolve("leftover.txt")).doesNotExist();
	}

}

package fr.relance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.cli.Cli;
import fr.relance.samples.GenerationOptions;
import fr.relance.samples.SampleWorldGenerator;
import fr.relance.support.batch.FileFates;

/**
 * A whole night, through the command line, in a 256 MB heap (the {@code bad-input}
 * surefire execution), on a generated world where some establishments also dropped broken
 * files: each broken file is refused with its reason and every other file of every
 * establishment is imported. A file is the unit of failure.
 */
@Tag("bad-input")
class OversizedRecordsNightTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);

	static final long MB = 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void recordsWithoutLineEndsAreRefusedAndEverythingElseIsImported() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("heap of the bad-input execution")
			.isLessThanOrEqualTo(300 * MB);
		Path world = dir.resolve("world");
		new SampleWorldGenerator().generate(new GenerationOptions(3, 200, 23, NIGHT, world).withReturns(true));
		List<Path> drops = drops(world);
		// a zero-filled copy: a valid header and line, then 300 MB without a line end
		Path ledger = drops.get(0).resolve("ledger-20261120.csv");
		giant(ledger, drops.get(0).resolve("ledger-zeros.csv"), 2, (byte) 0, 300 * MB);
		// a single giant line of ordinary characters after a valid start
		giant(drops.get(1).resolve("ledger-20261120.csv"), drops.get(1).resolve("ledger-giant.csv"), 2, (byte) 'A',
				100 * MB);
		giant(drops.get(2).resolve("noemie-20261120.noemie"), drops.get(2).resolve("noemie-giant.noemie"), 3,
				(byte) 'A', 100 * MB);
		// a follow-up file whose second line names the establishment, then never ends
		Path suivi = dir.resolve("suivi-start.csv");
		Files.writeString(suivi,
				"finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
						+ "premiere_echeance;reference\r\n" + drops.get(2).getParent().getFileName()
						+ ";1;02/11/2026;contact;telephone;;;;;\r\n");
		giant(suivi, drops.get(2).resolve("suivi-giant.csv"), 2, (byte) 'A', 100 * MB);
		giantText(drops.get(2).resolve("releve-20261120.xml"), drops.get(2).resolve("releve-geant.xml"), 100 * MB);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(new String[] {
				"nightly", "--date", NIGHT.toString(), "--home", dir.resolve("home").toString(), "--drop",
				world.resolve("drop").toString(), "--establishments", world.resolve("establishments").toString(),
				"--relance.intake.settle-delay=0s", "--relance.embedded-db.fast=true" });

		assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(3);
		Map<String, String> fates = FileFates.of(dir.resolve("home/out/2026-11-20/run-summary.json"));
		assertThat(fates).hasSize(17);
		fates.forEach((file, fate) -> {
			if (file.endsWith(".noemie") && file.contains("giant")) { // fixed width: its
																		// record length
																		// is the bound
				assertThat(fate).as(file).startsWith("refused ");
			}
			else if (file.endsWith(".xml") && file.contains("geant")) { // the statement
																		// reader bounds
																		// its texts
				assertThat(fate).as(file).isEqualTo("refused UNREADABLE_STATEMENT");
			}
			else if (file.contains("zeros") || file.contains("giant") || file.contains("geant")) {
				assertThat(fate).as(file).isEqualTo("refused RECORD_TOO_LONG");
			}
			else {
				assertThat(fate).as(file).isIn("imported", "partially_imported");
			}
		});
		try (Stream<Path> quarantined = Files
			.list(world.resolve("drop/.quarantine").resolve(drops.get(0).getParent().getFileName()))) {
			assertThat(quarantined.filter(q -> q.getFileName().toString().endsWith("ledger-zeros.csv.reason.txt"))
				.findFirst())
				.hasValueSatisfying(reason -> assertThat(reason).content(StandardCharsets.UTF_8)
					.contains("RECORD_TOO_LONG", "de la ligne 3 dépasse", "Rien n'a été importé"));
		}
	}

	private static List<Path> drops(Path world) throws IOException {
		try (Stream<Path> finess = Files.list(world.resolve("drop"))) {
			return finess.sorted().map(f -> f.resolve("in")).toList();
		}
	}

	/**
	 * The first {@code lines} lines of {@code source}, then {@code size} bytes of
	 * {@code fill} and no line end.
	 */
	private static void giant(Path source, Path target, int lines, byte fill, long size) throws IOException {
		byte[] bytes = Files.readAllBytes(source);
		int end = 0;
		for (int seen = 0; seen < lines; end++) {
			if (bytes[end] == '\n') {
				seen++;
			}
		}
		try (OutputStream out = Files.newOutputStream(target)) {
			out.write(bytes, 0, end);
			repeat(out, fill, size);
		}
	}

	/** The statement with {@code size} characters in its first remittance text. */
	private static void giantText(Path source, Path target, long size) throws IOException {
		String xml = Files.readString(source, StandardCharsets.UTF_8);
		int at = xml.indexOf("<Ustrd>") + "<Ustrd>".length();
		try (OutputStream out = Files.newOutputStream(target)) {
			out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
			repeat(out, (byte) 'A', size);
			out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
		}
	}

	private static void repeat(OutputStream out, byte fill, long size) throws IOException {
		byte[] chunk = new byte[(int) MB];
		Arrays.fill(chunk, fill);
		for (long written = 0; written < size; written += chunk.length) {
			out.write(chunk);
		}
	}

}

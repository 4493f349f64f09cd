package fr.relance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.relance.TestFiles;
import fr.relance.cli.Cli;
import fr.relance.support.batch.FileFates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, one file per defect, its
 * expected fate in {@code expected-fates.tsv}) dropped beside the sample night's good
 * files, plus the entries that cannot live in a repository (a 50 MB line, a 10 MB field,
 * a name with a line break, a symbolic link, a folder, a file still growing): one whole
 * night through the command line in a 256 MB heap (the {@code bad-input} surefire
 * execution). Every entry gets its documented fate, no entry crashes the night or blocks
 * another file, and the sample files of both establishments are imported as on a clean
 * night.
 */
@Tag("bad-input")
class BadInputCorpusNightTests {

	static final String CLINIC = "750000010";

	static final String HOSPITAL = "670000025";

	static final long MB = 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void everyBadInputGetsItsDocumentedFateAndTheGoodFilesAreImported() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("heap of the bad-input execution")
			.isLessThanOrEqualTo(300 * MB);
		Path drop = dir.resolve("drop");
		TestFiles.copyTree(Path.of("samples/drop"), drop);
		Path in = drop.resolve(CLINIC).resolve("in");
		Map<String, Expected> expected = expectedFates();
		try (Stream<Path> corpus = Files.list(Path.of("src/test/resources/bad-input"))) {
			for (Path file : corpus
				.filter(f -> !f.getFileName().toString().equals("expected-fates.tsv")
						&& !f.getFileName().toString().equals("README.md"))
				.toList()) {
				Files.copy(file, in.resolve(file.getFileName()));
			}
		}
		byte[] ledger = Files.readAllBytes(in.resolve("ledger-20261120.csv"));
		try (OutputStream out = Files.newOutputStream(in.resolve("ledger-single-50mb-line.csv"))) {
			out.write(ledger);
			out.write(CLINIC.getBytes(StandardCharsets.US_ASCII));
			repeat(out, (byte) 'A', 50 * MB);
		}
		String sample = new String(ledger, StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(in.resolve("ledger-10mb-field.csv"))) {
			int at = sample.indexOf("Hélène");
			out.write(sample.substring(0, at).getBytes(StandardCharsets.UTF_8));
			repeat(out, (byte) 'B', 10 * MB);
			out.write(sample.substring(at).getBytes(StandardCharsets.UTF_8));
		}
		Files.writeString(in.resolve("name-with-line-break\nand-escape\u001b[2J.csv"), "not a known format\n");
		Path secret = Files.writeString(dir.resolve("secret.csv"), "secret outside the drop zone\n");
		Files.createSymbolicLink(in.resolve("symbolic-link-to-outside.csv"), secret);
		Files.createDirectories(in.resolve("a-folder")).resolve("inside.csv");
		Files.writeString(in.resolve("a-folder/inside.csv"), "inside a folder\n");
		Path growing = in.resolve("suivi-still-growing.csv");
		Files.writeString(growing, "finess;ipp;date;evenement;canal;origine;montant_echeance;nombre_echeances;"
				+ "premiere_echeance;reference\n");
		AtomicBoolean stop = new AtomicBoolean();
		Thread writer = growingWriter(growing, stop);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status;
		try {
			status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(new String[] {
					"nightly", "--date", "2026-11-20", "--home", dir.resolve("home").toString(), "--drop",
					drop.toString(), "--establishments", "samples/establishments", "--relance.intake.settle-delay=0s",
					"--relance.embedded-db.fast=true", "--relance.embedded-db.binaries=target/test-homes/postgres" });
		}
		finally {
			stop.set(true);
			writer.join();
		}

		String printed = out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("Relance nightly 2026-11-20: COMPLETED");
		JsonNode files = JsonMapper.builder()
			.build()
			.readTree(dir.resolve("home/out/2026-11-20/run-summary.json").toFile())
			.get("files");
		Map<String, String> fates = FileFates.of(files);
		for (Map.Entry<String, Expected> e : expected.entrySet()) {
			assertThat(fates.get(CLINIC + "/" + e.getKey())).as(e.getKey()).isEqualTo(e.getValue().fate());
			if (e.getValue().reportContains() != null) {
				assertThat(errorReport(files, e.getKey())).as("error report of " + e.getKey())
					.contains(e.getValue().reportContains());
			}
		}
		// the sample night's own fates (its ledger and follow-up file carry deliberate
		// bad lines)
		assertThat(fates).as("the sample files of both establishments")
			.containsEntry(CLINIC + "/ledger-20261120.csv", "partially_imported")
			.containsEntry(CLINIC + "/retour-noemie-20261119.noemie", "imported")
			.containsEntry(CLINIC + "/releve-banque-20261119.xml", "imported")
			.containsEntry(CLINIC + "/suivi-20261120.csv", "partially_imported")
			.containsEntry(HOSPITAL + "/export-gam-20261120.csv", "imported");
		assertThat(status).as("exit 3: files were refused, the night completed").isEqualTo(3);
		assertGrowingFileTakenWholeOrLeft(drop, in, files);
		assertThat(secret).hasContent("secret outside the drop zone");
		assertThat(in.resolve("a-folder/inside.csv")).exists();
		assertThat(printed).doesNotContain("\u001b[2J").doesNotContain("root:x:0:0");
	}

	/**
	 * Appends a follow-up line every few milliseconds until told to stop: an upload that
	 * has not finished.
	 */
	private static Thread growingWriter(Path file, AtomicBoolean stop) {
		Thread writer = new Thread(() -> {
			int n = 0;
			while (!stop.get()) {
				try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
					out.write("750000010;100026;%02d/11/2026;contact;telephone;patient;;;;\n".formatted(1 + n % 19)
						.getBytes(StandardCharsets.UTF_8));
					n++;
					Thread.sleep(5);
				}
				catch (IOException e) {
					return; // moved away or removed: the upload is over for this test
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}, "growing-upload");
		writer.setDaemon(true);
		writer.start();
		return writer;
	}

	/** One line of {@code expected-fates.tsv}. */
	record Expected(String fate, String reportContains) {
	}

	/**
	 * {@code expected-fates.tsv}: file name, fate, what its error report must contain.
	 */
	private static Map<String, Expected> expectedFates() throws IOException {
		Map<String, Expected> expected = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of("src/test/resources/bad-input/expected-fates.tsv"))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = line.split("\t");
			expected.put(cells[0].replace("\\n", "\n").replace("\\e", "\u001b"),
					new Expected(cells[1], "-".equals(cells[2]) ? null : cells[2]));
		}
		return expected;
	}

	private static void repeat(OutputStream out, byte fill, long size) throws IOException {
		byte[] chunk = new byte[(int) MB];
		Arrays.fill(chunk, fill);
		for (long written = 0; written < size; written += chunk.length) {
			out.write(chunk);
		}
	}

	/**
	 * The upload still being written is left in {@code in/} for a later night (it grew
	 * while hashed), quarantined (it grew while moved), or taken whole: the lines it
	 * imported are the lines of the file kept in the archive.
	 */
	private static void assertGrowingFileTakenWholeOrLeft(Path drop, Path in, JsonNode files) throws IOException {
		JsonNode taken = null;
		for (JsonNode f : files) {
			if (f.get("name").asString().equals("suivi-still-growing.csv")) {
				taken = f;
			}
		}
		if (taken == null) {
			assertThat(in.resolve("suivi-still-growing.csv")).exists();
			return;
		}
		List<Path> stored;
		try (Stream<Path> all = Files.walk(drop)) {
			stored = all.filter(p -> p.getFileName().toString().endsWith("-suivi-still-growing.csv")).toList();
		}
		assertThat(stored).hasSize(1);
		if (taken.get("status").asString().equals("quarantined")) {
			assertThat(taken.get("reasonCode").asString()).isEqualTo("CHANGED_DURING_INTAKE");
			return;
		}
		long lines = Files.readAllLines(stored.get(0)).size() - 1;
		assertThat(taken.get("rowsRead").asLong()).as("lines read from the growing upload").isEqualTo(lines);
	}

	private static String errorReport(JsonNode files, String name) throws IOException {
		for (JsonNode f : files) {
			if (f.get("finess").asString().equals(CLINIC) && f.get("name").asString().equals(name)) {
				JsonNode report = f.get("errorReport");
				assertThat(report == null || report.isNull()).as("an error report for " + name).isFalse();
				return Files.readString(Path.of(report.asString()), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError(name + " is not in the run summary");
	}

}

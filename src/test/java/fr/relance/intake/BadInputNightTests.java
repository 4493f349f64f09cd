package fr.relance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import fr.relance.EngineTest;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.formats.fixedwidth.LineEnd;
import fr.relance.formats.noemie.NoemieFiles;
import fr.relance.intake.internal.SourceFileDao;
import fr.relance.scheduling.NightOutcome;
import fr.relance.scheduling.NightlyRunner;

/**
 * Whole nights with one bad input each (issue #23): the bad file is quarantined or listed
 * with its reason, the night completes, and every good file of both sample establishments
 * is imported.
 */
@EngineTest
// its own database: nights of other classes in a shared one would be later than these
@DirtiesContext(classMode = ClassMode.BEFORE_CLASS)
@ExtendWith(OutputCaptureExtension.class)
// nights in date order: dunning refuses a night older than one already decided
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Import(BadInputNightTests.VanishingFormat.class)
class BadInputNightTests {

	static final String CLINIC = "750000010";

	static final String OTHER = "670000025";

	@Autowired
	NightlyRunner nightly;

	@Autowired
	DropZone dropZone;

	@Autowired
	Jdbi jdbi;

	String unique;

	@BeforeEach
	void prepare(@Autowired EstablishmentSync sync) {
		sync.sync();
		dropZone.prepare(CLINIC);
		dropZone.prepare(OTHER);
		unique = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
	}

	@Test
	@Order(1)
	void aFileWithALegal240CharacterNameIsQuarantinedWithItsReportAndTheNightGoesOn() throws Exception {
		LocalDate night = LocalDate.of(2032, 1, 5);
		String longName = "x".repeat(236 - unique.length()) + unique + ".csv";
		assertThat(longName).hasSize(240);
		Files.writeString(dropZone.in(CLINIC).resolve(longName), "not a known format " + unique);
		dropGoodFiles();

		NightOutcome outcome = nightly.run(night);

		assertThat(outcome.completed()).isTrue();
		SourceFile refused = file(night, longName);
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("UNKNOWN_FORMAT");
		assertThat(refused.stored()).exists();
		assertThat(refused.stored().getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(200);
		Path report = Path.of(refused.errorReportPath());
		assertThat(report).hasParent(dropZone.out(CLINIC));
		assertThat(report.getFileName().toString()).endsWith(".csv").hasSizeLessThan(255);
		assertThat(Files.readString(report)).contains(longName + ";;;;UNKNOWN_FORMAT;");
		assertThat(Files.readString(refused.stored().resolveSibling(refused.stored().getFileName() + ".reason.txt")))
			.contains("Fichier : " + longName);
		assertGoodFilesImported(night);
	}

	@Test
	@Order(2)
	void aFileLeftRegisteredButUnfinishedByAnEarlierNightIsQuarantinedInsteadOfFailingEveryRerun() throws Exception {
		LocalDate night = LocalDate.of(2032, 1, 6);
		String name = "stuck-" + unique + ".csv";
		Path file = Files.writeString(dropZone.in(CLINIC).resolve(name), "stuck " + unique);
		// what an engine before the fix left behind: a destination the file system
		// refuses (name over 255 bytes)
		SourceFileDao dao = jdbi.onDemand(SourceFileDao.class);
		long id = dao.nextId();
		Path impossible = dropZone.archive(CLINIC, night).resolve(id + "-" + "y".repeat(300) + name);
		dao.insertArriving(id, CLINIC, "unknown", name, sha256(file), Files.size(file), night, "quarantined",
				"UNKNOWN_FORMAT", "Le format du fichier n'est pas reconnu.", null, impossible.toString());
		dropGoodFiles();

		NightOutcome outcome = nightly.run(night);

		assertThat(outcome.completed()).isTrue();
		SourceFile stuck = dao.get(id);
		assertThat(stuck.status()).isEqualTo("quarantined");
		assertThat(stuck.reasonCode()).isEqualTo("INTAKE_FAILED");
		assertThat(stuck.stored()).exists().hasParent(dropZone.quarantine(CLINIC));
		assertThat(Files.readString(stuck.stored().resolveSibling(stuck.stored().getFileName() + ".reason.txt")))
			.contains("File name too long");
		assertThat(file).doesNotExist();
		assertGoodFilesImported(night);
	}

	@Test
	@Order(3)
	void aSparseFileOverTheSizeLimitIsQuarantinedWithoutBeingRead() throws Exception {
		LocalDate night = LocalDate.of(2032, 1, 7);
		String name = "huge-" + unique + ".csv";
		try (RandomAccessFile huge = new RandomAccessFile(dropZone.in(CLINIC).resolve(name).toFile(), "rw")) {
			huge.setLength(1L << 40); // 1 TiB, sparse: hashing it would take hours
		}
		dropGoodFiles();

		long start = System.nanoTime();
		NightOutcome outcome = nightly.run(night);

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(5));
		assertThat(outcome.completed()).isTrue();
		SourceFile huge = file(night, name);
		assertThat(huge.status()).isEqualTo("quarantined");
		assertThat(huge.reasonCode()).isEqualTo("FILE_TOO_LARGE");
		assertThat(huge.sha256()).isNull();
		assertThat(huge.sizeBytes()).isEqualTo(1L << 40);
		assertThat(Files.readString(Path.of(huge.errorReportPath()))).contains("taille maximale acceptée (2 Go)");
		assertGoodFilesImported(night);
		Files.delete(huge.stored());
	}

	@Test
	@Order(4)
	void aFileItsEstablishmentDeletesDuringIntakeIsSkippedWithANote() throws Exception {
		LocalDate night = LocalDate.of(2032, 1, 8);
		String name = "deleted-" + unique + ".txt";
		Files.writeString(dropZone.in(CLINIC).resolve(name), VanishingFormat.MARK + unique);
		dropGoodFiles();

		NightOutcome outcome = nightly.run(night);

		assertThat(outcome.completed()).isTrue();
		assertThat(outcome.summary().stages().get(0).note()).contains("1 removed by their establishment during intake");
		assertThat(dropZone.in(CLINIC).resolve(name)).doesNotExist();
		assertGoodFilesImported(night);
	}

	@Test
	@Order(5)
	void entriesNeitherTakenNorWaitingAreListedWithTheirReasonAndALinkIsQuarantinedUnfollowed() throws Exception {
		LocalDate night = LocalDate.of(2032, 1, 9);
		Path in = dropZone.in(CLINIC);
		Files.writeString(in.resolve(".hidden-" + unique), "hidden");
		Files.createDirectories(in.resolve("folder-" + unique)).resolve("inside.csv");
		Files.writeString(in.resolve("folder-" + unique).resolve("inside.csv"), "inside");
		Path secret = Files.writeString(Files.createTempFile("secret", ".csv"), "secret " + unique);
		Files.createSymbolicLink(in.resolve("link-" + unique + ".csv"), secret);
		Process fifo = new ProcessBuilder("mkfifo", in.resolve("pipe-" + unique).toString()).start();
		assertThat(fifo.waitFor()).isZero();
		Path abandoned = Files.writeString(in.resolve("old-" + unique + ".csv.part"), "half");
		Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		Path uploading = Files.writeString(in.resolve("new-" + unique + ".csv.part"), "half");
		dropGoodFiles();

		NightOutcome outcome = nightly.run(night);

		assertThat(outcome.completed()).isTrue();
		SourceFile link = file(night, "link-" + unique + ".csv");
		assertThat(link.status()).isEqualTo("quarantined");
		assertThat(link.reasonCode()).isEqualTo("SYMBOLIC_LINK");
		assertThat(link.sha256()).isNull();
		assertThat(Files.isSymbolicLink(link.stored())).isTrue();
		assertThat(secret).hasContent("secret " + unique);
		String ignored = Files.readString(dropZone.out(CLINIC).resolve(night + "-fichiers-ignores.csv"));
		assertThat(ignored).startsWith("\uFEFFfichier;code;explication")
			.contains(".hidden-" + unique + ";HIDDEN_FILE;", "folder-" + unique + ";FOLDER;",
					"pipe-" + unique + ";SPECIAL_FILE;", "old-" + unique + ".csv.part;ABANDONED_UPLOAD;")
			.doesNotContain("new-" + unique);
		assertThat(outcome.summary().stages().get(0).alerts()).contains(
				"ignored " + CLINIC + "/in/.hidden-" + unique + ": hidden file",
				"ignored " + CLINIC + "/in/pipe-" + unique + ": not a plain file (pipe, device or socket)");
		assertThat(in.resolve(".hidden-" + unique)).exists();
		assertThat(abandoned).exists();
		assertThat(uploading).exists();
		assertGoodFilesImported(night);
		for (String leftover : List.of(".hidden-" + unique, "pipe-" + unique, "old-" + unique + ".csv.part",
				"new-" + unique + ".csv.part", "folder-" + unique + "/inside.csv", "folder-" + unique)) {
			Files.delete(in.resolve(leftover));
		}
	}

	@Test
	@Order(6)
	void fileNamesAreEscapedOnTheConsoleAndInTheLogs(CapturedOutput output) throws Exception {
		LocalDate night = LocalDate.of(2032, 1, 12);
		String name = "evil-" + unique + "\u001b[2J\nFORGED-LINE\r.csv";
		Files.writeString(dropZone.in(CLINIC).resolve(name), "not a known format " + unique);
		dropGoodFiles();

		NightOutcome outcome = nightly.run(night);
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		outcome.summary().print(new PrintStream(console, true, StandardCharsets.UTF_8));

		assertThat(outcome.completed()).isTrue();
		assertThat(file(night, name).status()).isEqualTo("quarantined");
		String printed = console.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("evil-" + unique + "\\u001b[2J\\u000aFORGED-LINE\\u000d.csv")
			.doesNotContain("\u001b")
			.doesNotContain("\nFORGED");
		assertThat(output.getAll()).doesNotContain("\u001b[2J").doesNotContain("\nFORGED");
		assertGoodFilesImported(night);
	}

	@Test
	@Order(7)
	void theSameBytesAsAnotherEstablishmentsFileAreHeldWithoutSayingSo() throws Exception {
		LocalDate first = LocalDate.of(2032, 1, 13);
		dropGoodFiles();
		nightly.run(first);
		assertGoodFilesImported(first);
		LocalDate second = LocalDate.of(2032, 1, 14);
		Files.writeString(dropZone.in(CLINIC).resolve("copy-" + unique + ".csv"), statement(), StandardCharsets.UTF_8);

		NightOutcome outcome = nightly.run(second);

		assertThat(outcome.completed()).isTrue();
		SourceFile copy = file(second, "copy-" + unique + ".csv");
		assertThat(copy.status()).isEqualTo("quarantined");
		assertThat(copy.reasonCode()).isEqualTo("HELD_FOR_REVIEW");
		String report = Files.readString(Path.of(copy.errorReportPath()));
		assertThat(report).contains("mis de côté pour vérification")
			.doesNotContain(OTHER)
			.doesNotContainIgnoringCase("autre établissement")
			.doesNotContain("FOREIGN");
	}

	private void dropGoodFiles() throws Exception {
		Files.write(dropZone.in(CLINIC).resolve("RSP-" + unique + ".txt"),
				NoemieFiles.twoTransfers(CLINIC, "N" + unique, "REF N" + unique, LineEnd.NONE, 0));
		Files.writeString(dropZone.in(OTHER).resolve("releve-" + unique + ".csv"), statement(), StandardCharsets.UTF_8);
	}

	private String statement() {
		return """
				N° facture;Organisme;Montant demandé;Montant réglé;Statut;Code rejet;Motif;Date de paiement;Référence virement
				000500001;MUT222;30,00;30,00;PAYE;;;10/04/2031;VIR MUT222 %s
				000500002;MUT222;15,00;0,00;REJETE;M002;Prise en charge absente;10/04/2031;VIR MUT222 %s
				"""
			.formatted(unique, unique);
	}

	/** Every good file of both establishments went through the night. */
	private void assertGoodFilesImported(LocalDate night) {
		List<String> fates = jdbi.withHandle(h -> h.createQuery("""
				SELECT finess || ' ' || kind || ' ' || status FROM source_file
				WHERE run_date = :night AND original_name IN (:noemie, :statement) ORDER BY finess DESC""")
			.bind("night", night)
			.bind("noemie", "RSP-" + unique + ".txt")
			.bind("statement", "releve-" + unique + ".csv")
			.mapTo(String.class)
			.list());
		assertThat(fates).containsExactly(CLINIC + " noemie imported", OTHER + " amc-statement imported");
	}

	private SourceFile file(LocalDate night, String name) {
		return jdbi.onDemand(SourceFileDao.class)
			.ofRunDate(night)
			.stream()
			.filter(f -> f.originalName().equals(name))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	private static String sha256(Path file) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

	/**
	 * A format whose files their establishment deletes while intake reads them:
	 * {@code VANISH;...}.
	 */
	@TestConfiguration
	static class VanishingFormat {

		static final String MARK = "VANISH-TEST;";

		@Bean
		FormatDetector vanishingDetector(DropZone dropZone) {
			return (head, establishment) -> {
				if (!head.text(StandardCharsets.ISO_8859_1).startsWith(MARK)) {
					return Optional.empty();
				}
				try {
					Files.deleteIfExists(dropZone.in(establishment.finess()).resolve(head.name()));
				}
				catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				return Optional.of(Detection.accepted("test", establishment.finess()));
			};
		}

	}

}

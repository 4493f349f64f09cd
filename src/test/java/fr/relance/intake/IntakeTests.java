package fr.relance.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentSync;
import fr.relance.intake.internal.InFolder;
import fr.relance.intake.internal.SourceFileDao;

@EngineTest
@Import(IntakeTests.TestFormat.class)
class IntakeTests {

	static final LocalDate NIGHT = LocalDate.of(2030, 9, 2);

	@Autowired
	FileIntake intake;

	@Autowired
	DropZone dropZone;

	@Autowired
	EstablishmentDirectory establishments;

	@Autowired
	Jdbi jdbi;

	@Autowired
	List<FormatDetector> detectors;

	@Autowired
	PlatformTransactionManager transactionManager;

	Establishment clinic;

	@BeforeEach
	void syncEstablishments(@Autowired EstablishmentSync sync) {
		sync.sync();
		clinic = establishments.find("750000010").orElseThrow();
	}

	@Test
	void archivesACompleteFileAndRegistersItsFingerprint() throws Exception {
		Path file = drop("ledger-a.txt", "TESTFMT;750000010;" + UUID.randomUUID());

		IntakeResult result = intake.take(clinic, NIGHT);

		assertThat(result.accepted()).isEqualTo(1);
		assertThat(file).doesNotExist();
		SourceFile registered = lastFile("ledger-a.txt");
		assertThat(registered.status()).isEqualTo("received");
		assertThat(registered.kind()).isEqualTo("test");
		assertThat(registered.sha256()).hasSize(64);
		assertThat(registered.stored()).exists()
			.hasParent(dropZone.archive("750000010", NIGHT))
			.hasContent(contentOf(registered.stored()));
	}

	@Test
	void leavesPartialUploadsAndFilesStillBeingWrittenForTheNextRun() throws Exception {
		Path partial = drop("upload.csv.part", "TESTFMT;750000010;" + UUID.randomUUID());
		Path fresh = drop("fresh.txt", "TESTFMT;750000010;" + UUID.randomUUID());
		Instant now = Instant.parse("2030-09-02T03:00:00Z");
		Files.setLastModifiedTime(fresh, FileTime.from(now.minusSeconds(30)));
		InFolder.Factory settling = new InFolder.Factory(jdbi, dropZone, detectors, Duration.ofMinutes(2),
				Clock.fixed(now, java.time.ZoneOffset.UTC), transactionManager);

		InFolder folder = settling.of(clinic, NIGHT);
		IntakeResult result = folder.take(partial).plus(folder.take(fresh));

		assertThat(result.waiting()).isEqualTo(2);
		assertThat(partial).exists();
		assertThat(fresh).exists();
		Files.delete(partial);
		Files.delete(fresh);
	}

	@Test
	void recordsTheSameBytesUnderAnotherNameAsADuplicateAndImportsThemOnce() throws Exception {
		String content = "TESTFMT;750000010;" + UUID.randomUUID();
		drop("first.txt", content);
		intake.take(clinic, NIGHT);
		drop("renamed-copy.txt", content);

		IntakeResult result = intake.take(clinic, NIGHT);

		assertThat(result.duplicates()).isEqualTo(1);
		SourceFile copy = lastFile("renamed-copy.txt");
		assertThat(copy.status()).isEqualTo("duplicate");
		assertThat(copy.duplicateOf()).isEqualTo(lastFile("first.txt").id());
		assertThat(copy.stored()).exists();
		assertThat(Path.of(copy.errorReportPath())).content(StandardCharsets.UTF_8)
			.contains("DUPLICATE_FILE", "déjà été reçu");
	}

	@Test
	void quarantinesAFileThatNamesAnotherEstablishment() throws Exception {
		drop("foreign.txt", "TESTFMT;670000025;" + UUID.randomUUID());

		IntakeResult result = intake.take(clinic, NIGHT);

		assertThat(result.quarantined()).isEqualTo(1);
		SourceFile refused = lastFile("foreign.txt");
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("FOREIGN_FINESS");
		assertThat(refused.stored()).hasParent(dropZone.quarantine("750000010"));
		assertThat(reasonFile(refused)).content(StandardCharsets.UTF_8)
			.contains("FOREIGN_FINESS", "désigne un autre établissement");
		// the other establishment sees nothing of it
		assertThat(dropZone.in("670000025").resolve("foreign.txt")).doesNotExist();
		assertThat(Path.of(refused.errorReportPath())).hasParent(dropZone.out("750000010"));
	}

	@Test
	void quarantinesEmptyAndUnrecognisedFilesEachWithItsReason() throws Exception {
		drop("empty.csv", "");
		drop("holiday-photo.jpg", "\u00ff\u00d8\u00ff\u00e0 not a ledger " + UUID.randomUUID());

		IntakeResult result = intake.take(clinic, NIGHT);

		assertThat(result.quarantined()).isEqualTo(2);
		assertThat(lastFile("empty.csv").reasonCode()).isEqualTo("EMPTY_FILE");
		assertThat(lastFile("holiday-photo.jpg").reasonCode()).isEqualTo("UNKNOWN_FORMAT");
		assertThat(reasonFile(lastFile("empty.csv"))).content(StandardCharsets.UTF_8).contains("Le fichier est vide.");
		String report = Files.readString(ErrorReports.path(dropZone.out("750000010"), NIGHT, "holiday-photo.jpg"),
				StandardCharsets.UTF_8);
		assertThat(report).startsWith("\uFEFFfichier;ligne;champ;valeur;code;explication")
			.contains("holiday-photo.jpg;;;;UNKNOWN_FORMAT;Le format du fichier n'est pas reconnu");
	}

	@Test
	void finishesAMoveInterruptedAfterTheFileLeftInButBeforeItWasConfirmed() throws Exception {
		// given a crash after registration and move, before confirmation
		Path file = drop("crash-after-move.txt", "TESTFMT;750000010;" + UUID.randomUUID());
		long id = registerArriving(file);
		Path target = dropZone.archive("750000010", NIGHT).resolve(id + "-crash-after-move.txt");
		Files.createDirectories(target.getParent());
		Files.move(file, target);

		// when the next run takes the folder
		IntakeResult result = intake.take(clinic, NIGHT);

		// then the file is confirmed where it is, and not taken a second time
		assertThat(result.taken()).isZero();
		assertThat(dao().get(id).status()).isEqualTo("received");
		assertThat(target).exists();
		assertThat(countNamed("crash-after-move.txt")).isEqualTo(1);
	}

	@Test
	void finishesAMoveInterruptedBeforeTheFileLeftIn() throws Exception {
		Path file = drop("crash-before-move.txt", "TESTFMT;750000010;" + UUID.randomUUID());
		long id = registerArriving(file);

		intake.take(clinic, NIGHT);

		assertThat(file).doesNotExist();
		assertThat(dao().get(id).status()).isEqualTo("received");
		assertThat(dao().get(id).stored()).exists();
		assertThat(countNamed("crash-before-move.txt")).isEqualTo(1);
	}

	@Test
	void takesAtMostTheNightsNumberOfFilesAndQuarantinesAFileOverTheSizeLimitUnread() throws Exception {
		FileIntake limited = new FileIntake(jdbi, dropZone, detectors,
				new IntakeProperties(Duration.ZERO, DataSize.ofBytes(100), 2), Clock.systemUTC(), transactionManager);
		LocalDate night = LocalDate.of(2030, 9, 20);
		drop("count-a.txt", "TESTFMT;750000010;" + UUID.randomUUID());
		drop("count-b.txt", "TESTFMT;750000010;" + UUID.randomUUID());
		Path third = drop("count-c.txt", "TESTFMT;750000010;" + UUID.randomUUID());
		Path big = drop("count-d.txt", "TESTFMT;750000010;" + "x".repeat(200));

		IntakeResult first = limited.take(clinic, night);

		assertThat(first.accepted()).isEqualTo(2);
		assertThat(first.ignored()).extracting(IgnoredFile::name, IgnoredFile::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("count-c.txt", IgnoredFile.Reason.OVER_FILE_COUNT),
					org.assertj.core.groups.Tuple.tuple("count-d.txt", IgnoredFile.Reason.OVER_FILE_COUNT));
		assertThat(third).exists();
		assertThat(big).exists();
		assertThat(Files.readString(dropZone.out("750000010").resolve(night + "-fichiers-ignores.csv")))
			.contains("count-c.txt;OVER_FILE_COUNT;Nombre maximal de fichiers par nuit atteint");

		IntakeResult again = limited.take(clinic, night);
		assertThat(again.taken()).isZero();

		LocalDate next = night.plusDays(1);
		IntakeResult second = limited.take(clinic, next);

		assertThat(second.accepted()).isEqualTo(1);
		assertThat(second.quarantined()).isEqualTo(1);
		SourceFile refused = dao().ofRunDate(next)
			.stream()
			.filter(f -> f.originalName().equals("count-d.txt"))
			.findFirst()
			.orElseThrow();
		assertThat(refused.reasonCode()).isEqualTo("FILE_TOO_LARGE");
		assertThat(refused.sha256()).isNull();
		assertThat(refused.statusReason()).contains("taille maximale acceptée (100 octets)");
		assertThat(dropZone.out("750000010").resolve(next + "-fichiers-ignores.csv")).doesNotExist();
	}

	@Test
	void anEstablishmentFileMaySetItsOwnDeliveryLimits(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("750000010.yml"), """
				finess: "750000010"
				legalName: "Clinique (fictive)"
				sector: private
				ledgerProfile: relance-standard
				scenario: private-clinic
				ledgerRecordsBankPayments: false
				sftp:
				  maxFileSize: 10MB
				  maxFilesPerNight: 3
				""");
		Establishment own = new EstablishmentDirectory(dir).find("750000010").orElseThrow();

		DeliveryLimit limit = DeliveryLimit.of(own, 1L << 31, 200);

		assertThat(limit).isEqualTo(new DeliveryLimit(10L * 1024 * 1024, 3));
		assertThat(limit.maxFileSizeFr()).isEqualTo("10 Mo");
		assertThat(DeliveryLimit.of(clinic, 1L << 31, 200)).isEqualTo(new DeliveryLimit(1L << 31, 200));
		assertThat(DeliveryLimit.of(clinic, 1L << 31, 200).maxFileSizeFr()).isEqualTo("2 Go");
	}

	private long registerArriving(Path file) throws Exception {
		String sha = java.util.HexFormat.of()
			.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		long id = dao().nextId();
		String name = file.getFileName().toString();
		Path target = dropZone.archive("750000010", NIGHT).resolve(id + "-" + name);
		dao().insertArriving(id, "750000010", "test", name, sha, Files.size(file), NIGHT, "received", null, null, null,
				target.toString());
		return id;
	}

	private Path drop(String name, String content) throws Exception {
		dropZone.prepare("750000010");
		return Files.writeString(dropZone.in("750000010").resolve(name), content, StandardCharsets.ISO_8859_1);
	}

	private SourceFileDao dao() {
		return jdbi.onDemand(SourceFileDao.class);
	}

	private SourceFile lastFile(String name) {
		return dao().ofRunDate(NIGHT)
			.stream()
			.filter(f -> f.originalName().equals(name))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	private long countNamed(String name) {
		return dao().ofRunDate(NIGHT).stream().filter(f -> f.originalName().equals(name)).count();
	}

	private static Path reasonFile(SourceFile file) {
		return file.stored().resolveSibling(file.stored().getFileName() + ".reason.txt");
	}

	private static String contentOf(Path file) throws Exception {
		return Files.readString(file, StandardCharsets.ISO_8859_1);
	}

	/** A trivial format for intake tests: {@code TESTFMT;<finess>;...}. */
	@TestConfiguration
	static class TestFormat {

		@Bean
		FormatDetector testFormatDetector() {
			return (head, establishment) -> {
				String text = head.text(StandardCharsets.ISO_8859_1);
				if (!text.startsWith("TESTFMT;")) {
					return Optional.empty();
				}
				return Optional.of(Detection.accepted("test", text.split(";")[1]));
			};
		}

	}

}

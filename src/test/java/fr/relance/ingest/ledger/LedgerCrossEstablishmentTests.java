package fr.relance.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.relance.EngineTest;
import fr.relance.establishment.Establishment;
import fr.relance.ingest.ImportOutcome;
import fr.relance.intake.DropZone;
import fr.relance.intake.SourceFile;

/**
 * A ledger that names another establishment on any line, not only the first, is a
 * cross-establishment file: refused whole, nothing of it applied, one security event, and
 * the dropping establishment told only why.
 */
@EngineTest
class LedgerCrossEstablishmentTests {

	@Autowired
	LedgerFixture fixture;

	@Autowired
	DropZone dropZone;

	private final ListAppender<ILoggingEvent> security = new ListAppender<>();

	@BeforeEach
	void listenToSecurityEvents() {
		security.start();
		((Logger) LoggerFactory.getLogger("fr.relance.security")).addAppender(security);
	}

	@AfterEach
	void stopListening() {
		((Logger) LoggerFactory.getLogger("fr.relance.security")).detachAppender(security);
	}

	@Test
	void aForeignFinessOnALaterLineQuarantinesTheWholeFile() throws Exception {
		Establishment own = fixture.establishment("75100051", "relance-standard");
		Establishment other = fixture.establishment("75100052", "relance-standard");
		StringBuilder file = new StringBuilder(LedgerImportTests.HEADER);
		for (int i = 0; i < 3000; i++) { // several read-ahead batches before the foreign
											// line
			String finess = i == 2500 ? other.finess() : own.finess();
			file.append(LedgerImportTests.line(finess, String.format("F51%07d", i), "P" + i, "ROUX", "75015", "",
					"02/10/2026", "12,00", "0", "0", "12,00", "0", ""));
		}
		file.append(LedgerImportTests.line(own.finess(), "", "PX", "ROUX", "75015", "", "02/10/2026", "12,00", "0", "0",
				"12,00", "0", "")); // a bad line after it: still nothing of the file is
									// quoted
		fixture.drop(own, "mixed.csv", file.toString(), StandardCharsets.UTF_8);

		ImportOutcome outcome = fixture.night(own, LedgerImportTests.NIGHT);

		assertThat(outcome).isNull();
		SourceFile refused = fixture.file(own, "mixed.csv");
		assertThat(refused.status()).isEqualTo("quarantined");
		assertThat(refused.reasonCode()).isEqualTo("FOREIGN_FINESS");
		assertThat(refused.stored()).exists().startsWith(dropZone.quarantine(own.finess()));
		assertThat(refused.stored().resolveSibling(refused.stored().getFileName() + ".reason.txt")).exists();
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", own)).isZero();
		assertThat(fixture.count("SELECT count(*) FROM patient WHERE finess = :f", own)).isZero();
		assertThat(fixture.count("SELECT count(*) FROM invoice WHERE finess = :f", other)).isZero();
		assertThat(fixture.rejects(refused)).isEmpty();

		List<String> report = Files.readAllLines(Path.of(refused.errorReportPath()), StandardCharsets.UTF_8);
		assertThat(report).hasSize(2); // the header and the one line that says why
		assertThat(report.get(1)).startsWith("mixed.csv;;;;FOREIGN_FINESS;")
			.doesNotContain(other.finess())
			.doesNotContain("F51");
		assertThat(filesUnder(dropZone.out(other.finess()))).isEmpty();

		assertThat(security.list).hasSize(1);
		assertThat(security.list.get(0).getFormattedMessage()).contains(own.finess(), "mixed.csv");
	}

	@Test
	void aLedgerOfTheEstablishmentOnlyIsImportedAsBefore() throws Exception {
		Establishment own = fixture.establishment("75100053", "relance-standard");
		fixture.drop(
				own, "own.csv", LedgerImportTests.HEADER + LedgerImportTests.line(own.finess(), "F530000001", "P1",
						"ROUX", "75015", "", "02/10/2026", "12,00", "0", "0", "12,00", "0", ""),
				StandardCharsets.UTF_8);

		ImportOutcome outcome = fixture.night(own, LedgerImportTests.NIGHT);

		assertThat(outcome.rowsImported()).isEqualTo(1);
		assertThat(security.list).isEmpty();
	}

	private static List<Path> filesUnder(Path dir) throws Exception {
		if (!Files.exists(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

}

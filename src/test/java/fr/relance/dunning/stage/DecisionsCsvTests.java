package fr.relance.dunning.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.dunning.stage.bench.BenchWorld;
import fr.relance.dunning.stage.internal.CsvExport;

/**
 * {@code dunning-decisions.csv}, now one set-based query, holds byte for byte what the
 * case-by-case query it replaced ({@link DecisionsCsvQueries#BEFORE}, through
 * {@code dunning_decision_in_force()}) wrote, on a generated establishment of 3,000 cases
 * decided three nights running: each night exported that night, and the first night
 * exported again after the others (its decisions in force are then no longer the cases'
 * last ones).
 */
@EngineTest
class DecisionsCsvTests {

	static final String FINESS = "990001717";

	static final LocalDate NIGHT = LocalDate.of(2026, 10, 13);

	@Autowired
	Jdbi jdbi;

	@Autowired
	DunningNight night;

	@Test
	void theSetBasedFileEqualsTheCaseByCaseOneNightAfterNight(@TempDir Path out) throws Exception {
		BenchWorld.generate(this.jdbi, FINESS, NIGHT, 3_000);
		for (int n = 0; n < 3; n++) {
			LocalDate date = NIGHT.plusDays(n);
			this.night.decide(FINESS, date);
			assertSameAsBefore(out.resolve("n" + n), date);
		}
		assertSameAsBefore(out.resolve("again"), NIGHT);
	}

	private void assertSameAsBefore(Path out, LocalDate date) throws Exception {
		Path file = this.jdbi.withHandle((h) -> new CsvExport(h).decisions(out, date));
		String before = this.jdbi.withHandle((h) -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			h.getConnection()
				.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("COPY (" + String.format(DecisionsCsvQueries.BEFORE, date)
						+ ") TO STDOUT WITH (FORMAT csv, HEADER)", bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		});
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines.stream().filter((l) -> l.startsWith(FINESS + ",")).count()).as(date.toString())
			.isGreaterThan(2_000);
		assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(date.toString()).isEqualTo(before);
	}

}

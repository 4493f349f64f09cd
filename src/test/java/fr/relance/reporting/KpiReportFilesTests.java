package fr.relance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.ReadableText;
import fr.relance.intake.DropZone;
import fr.relance.support.config.RelanceProperties;
import fr.relance.testworld.World;

/**
 * The report files of {@link HandComputedNights}'s night: where they go, what they say,
 * in which convention.
 */
@EngineTest
class KpiReportFilesTests {

	@Autowired
	Jdbi jdbi;

	@Autowired
	KpiHistory history;

	@Autowired
	NightReports reports;

	@Autowired
	DropZone dropZone;

	@Autowired
	RelanceProperties properties;

	World world;

	@BeforeEach
	void handComputedWorld() {
		world = HandComputedNights.build(jdbi, history);
	}

	@Test
	void writesTheEstablishmentsCsvFilesIntoItsOwnOutFolderInTheFrenchConvention() throws IOException {
		reports.write(List.of(world.finess), HandComputedNights.N1);

		Path out = dropZone.out(world.finess);
		byte[] bytes = Files.readAllBytes(out.resolve("2031-03-11-kpi-indicateurs.csv"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = lines(out.resolve("2031-03-11-kpi-indicateurs.csv"));
		assertThat(lines.get(0)).isEqualTo("indicateur;nuit;mois en cours;12 mois");
		assertThat(lines).contains("recouvré, total;370,00;380,00;380,00", "recouvré, AMO;300,00;300,00;300,00",
				"recouvré, patient;70,00;80,00;80,00", "solde ouvert (fin de période);250,00;250,00;250,00",
				"taux de recouvrement;59,68 %;60,32 %;60,32 %",
				"délai moyen de recouvrement (DSO, jours);48,9;48,9;48,9",
				"abandons de créance validés;20,00;20,00;20,00");
		assertThat(lines(out.resolve("2031-03-11-kpi-anciennete.csv"))).contains("patient;0-30 jours;10,00;1",
				"patient;91-180 jours;120,00;1", "patient;181-365 jours;60,00;1", "AMC;0-30 jours;60,00;1",
				"AMO;0-30 jours;0,00;0");
		assertThat(lines(out.resolve("2031-03-11-kpi-recouvrement.csv"))).contains("nuit;patient;courrier;40,00;1",
				"nuit;patient;sans relance dans les 30 jours;30,00;1");
		assertThat(lines(out.resolve("2031-03-11-kpi-rejets.csv"))).contains("nuit;AMC;A12;1;60,00");
		assertThat(Files.readString(out.resolve("2031-03-11-kpi-tendance.csv"))).contains("2031-03;380,00;250,00;1,87");
	}

	@Test
	void writesTheConsolidatedFilesForOpsAndNothingAboutPatients() throws IOException {
		reports.write(List.of(world.finess), HandComputedNights.N1);

		Path reportsDir = properties.out().resolve("2031-03-11").resolve("reports");
		assertThat(reportsDir.resolve("kpi-indicateurs.csv")).exists();
		try (var files = Files.list(reportsDir)) {
			assertThat(files.map((f) -> f.getFileName().toString()).toList()).contains("kpi-indicateurs.csv",
					"kpi-recouvrement.csv", "kpi-anciennete.csv", "kpi-couts.csv", "kpi-relances-evitees.csv",
					"kpi-rejets.csv", "kpi-efficacite.csv", "kpi-tendance.csv");
		}
		try (var files = Files.list(dropZone.out(world.finess))) {
			for (Path file : files.toList()) {
				assertThat(ReadableText.of(file)).as(file.toString()).doesNotContain("Durand", "IPP", "F1;", "F2;");
			}
		}
	}

	@Test
	void anEstablishmentsReportHoldsOnlyItsOwnFigures() throws IOException {
		World other = World.clinic(jdbi);
		other.ledger(HandComputedNights.N1);
		HandComputedNights.durand(other, "IPP1")
			.invoice("F1", java.time.LocalDate.of(2031, 3, 1))
			.part("PATIENT", "777.00", "open", HandComputedNights.SINCE);
		history.record(other.finess, HandComputedNights.N1);

		reports.write(List.of(world.finess, other.finess), HandComputedNights.N1);

		assertThat(lines(dropZone.out(world.finess).resolve("2031-03-11-kpi-indicateurs.csv")))
			.contains("solde ouvert (fin de période);250,00;250,00;250,00");
		assertThat(lines(dropZone.out(other.finess).resolve("2031-03-11-kpi-indicateurs.csv")))
			.contains("solde ouvert (fin de période);777,00;777,00;777,00");
		assertThat(Files.readString(dropZone.out(world.finess).resolve("2031-03-11-kpi-anciennete.csv")))
			.doesNotContain("777");
	}

	static List<String> lines(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
	}

}

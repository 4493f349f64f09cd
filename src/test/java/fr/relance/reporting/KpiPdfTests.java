package fr.relance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jdbi.v3.core.Jdbi;
import org.jfree.chart.ChartUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.intake.DropZone;
import fr.relance.testworld.World;

/**
 * The PDF report of {@link HandComputedNights}'s night: its text extracted and checked; a
 * chart kept as a test artifact.
 */
@EngineTest
class KpiPdfTests {

	@Autowired
	Jdbi jdbi;

	@Autowired
	KpiHistory history;

	@Autowired
	KpiReader reader;

	@Autowired
	NightReports reports;

	@Autowired
	DropZone dropZone;

	World world;

	@BeforeEach
	void handComputedWorld() {
		world = HandComputedNights.build(jdbi, history);
		reports.write(List.of(world.finess), HandComputedNights.N1);
	}

	@Test
	void thePdfPrintsTheFiguresInFrenchTheHistoryStartAndTheDefinitionsOnTwoPages() throws IOException {
		Path pdf = dropZone.out(world.finess).resolve("2031-03-11-kpi.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new PDFTextStripper().getText(document).replace('\u202F', ' ').replace('\u00A0', ' ');
			assertThat(text)
				.contains("Indicateurs de recouvrement – établissement " + world.finess + " – nuit du 11/03/2031")
				.contains("Historique depuis le 10/03/2031")
				.contains("recouvré, total")
				.contains("370,00 €")
				.contains("250,00 €")
				.contains("59,68 %")
				.contains("Définitions")
				.contains("Solde ouvert : pour chaque part")
				.doesNotContain("Durand");
			// every definition is printed, each starting with the name of what it defines
			for (String definition : Definitions.FRENCH) {
				assertThat(text).contains(definition.substring(0, definition.indexOf(" :")));
			}
		}
	}

	@Test
	void theAgeingChartIsRenderedToPng() throws IOException {
		Path png = Path.of("target", "kpi-charts", "ageing-2031-03-11.png");
		Files.createDirectories(png.getParent());

		ChartUtils.saveChartAsPNG(png.toFile(),
				KpiCharts.ageing(KpiReport.of(reader, world.finess, HandComputedNights.N1)), 800, 400);

		assertThat(Files.size(png)).isGreaterThan(5_000);
		assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
	}

}

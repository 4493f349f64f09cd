package fr.relance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.intake.DropZone;
import fr.relance.testworld.Part;
import fr.relance.testworld.World;

/**
 * The first night of a month writes the previous month's report once; later corrections
 * count in the new month.
 */
@EngineTest
class MonthEndTests {

	static final LocalDate FEB_27 = LocalDate.of(2032, 2, 27);

	static final LocalDate MAR_1 = LocalDate.of(2032, 3, 1);

	static final LocalDate MAR_2 = LocalDate.of(2032, 3, 2);

	@Autowired
	Jdbi jdbi;

	@Autowired
	KpiHistory history;

	@Autowired
	NightReports reports;

	@Autowired
	DropZone dropZone;

	@Test
	void theMonthIsFrozenOnTheFirstNightOfTheNextAndACorrectionShowsInTheNewMonth() throws IOException {
		World world = World.clinic(jdbi);
		world.ledger(FEB_27);
		Part part = HandComputedNights.durand(world, "IPP1")
			.invoice("F1", LocalDate.of(2032, 2, 1))
			.part("PATIENT", "100.00", "open", HandComputedNights.SINCE)
			.paid("30.00", FEB_27);
		night(world, FEB_27);
		assertThat(month(world)).doesNotExist();

		night(world, MAR_1);
		String frozen = Files.readString(month(world));
		assertThat(KpiReportFilesTests.lines(month(world))).contains("recouvré, total;30,00;30,00;30,00");

		// a payment dated in February, recorded after the month was frozen
		world.file("bank", MAR_2);
		part.paid("20.00", LocalDate.of(2032, 2, 20));
		night(world, MAR_2);

		assertThat(Files.readString(month(world))).isEqualTo(frozen);
		assertThat(KpiReportFilesTests.lines(dropZone.out(world.finess).resolve("2032-03-02-kpi-indicateurs.csv")))
			.contains("recouvré, total;20,00;20,00;50,00");
	}

	private void night(World world, LocalDate night) {
		history.record(world.finess, night);
		reports.write(List.of(world.finess), night);
	}

	private Path month(World world) {
		return dropZone.out(world.finess).resolve("2032-02-kpi-mois-indicateurs.csv");
	}

}

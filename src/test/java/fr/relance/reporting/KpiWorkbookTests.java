package fr.relance.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.relance.EngineTest;
import fr.relance.intake.DropZone;
import fr.relance.reporting.ReportTable.Cell;
import fr.relance.testworld.World;

/**
 * The workbook of {@link HandComputedNights}'s night, read back and compared with the
 * report's tables.
 */
@EngineTest
class KpiWorkbookTests {

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

	Path workbook;

	@BeforeEach
	void handComputedWorld() {
		world = HandComputedNights.build(jdbi, history);
		reports.write(List.of(world.finess), HandComputedNights.N1);
		workbook = dropZone.out(world.finess).resolve("2031-03-11-kpi.xlsx");
	}

	@Test
	void everyTableIsASheetWithTheSameValuesAndNumbersStoredAsNumbers() throws IOException {
		List<ReportTable> tables = KpiReport.of(reader, world.finess, HandComputedNights.N1).tables();
		try (ReadableWorkbook book = new ReadableWorkbook(workbook.toFile(), new ReadingOptions(true, false))) {
			List<Sheet> sheets = book.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName)
				.containsExactlyElementsOf(tables.stream().map(ReportTable::name).toList());
			for (int s = 0; s < tables.size(); s++) {
				ReportTable table = tables.get(s);
				List<Row> rows = sheets.get(s).read();
				assertThat(rows).hasSize(table.rows().size() + 1);
				for (int c = 0; c < table.columns().size(); c++) {
					assertThat(rows.get(0).getCellText(c)).isEqualTo(table.columns().get(c));
				}
				for (int r = 0; r < table.rows().size(); r++) {
					List<Cell> expected = table.rows().get(r);
					for (int c = 0; c < expected.size(); c++) {
						assertSame(expected.get(c), rows.get(r + 1).getCell(c));
					}
				}
			}
			Row recovered = sheets.get(0).read().get(2);
			assertThat(recovered.getCellText(0)).isEqualTo("recouvré, total");
			assertThat(recovered.getCell(1).asNumber()).isEqualByComparingTo("370");
			assertThat(recovered.getCell(1).getDataFormatString()).contains("€");
		}
	}

	@Test
	void headersAreFrozenAndFiltered() throws IOException {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
					StandardCharsets.UTF_8);
			assertThat(sheet).contains("state=\"frozen\"").contains("<autoFilter ref=\"A1:D");
		}
	}

	private static void assertSame(Cell expected, org.dhatim.fastexcel.reader.Cell actual) {
		if (expected.value() == null) {
			assertThat(actual == null || actual.getRawValue() == null || actual.getRawValue().isEmpty()).isTrue();
			return;
		}
		switch (expected.type()) {
			case TEXT -> assertThat(actual.asString()).isEqualTo(expected.value());
			case COUNT ->
				assertThat(actual.asNumber()).isEqualByComparingTo(BigDecimal.valueOf((Long) expected.value()));
			default -> assertThat(actual.asNumber()).isEqualByComparingTo((BigDecimal) expected.value());
		}
	}

}

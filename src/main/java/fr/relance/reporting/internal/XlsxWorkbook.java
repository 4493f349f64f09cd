package fr.relance.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import fr.relance.reporting.ReportTable;
import fr.relance.reporting.ReportTable.Cell;

/**
 * The report tables as one XLSX workbook for finance: a sheet per table, numbers stored
 * as numbers (money with a euro format, rates as percentages), a bold frozen header and
 * an autofilter. fastexcel streams the sheets to the file, with none of POI's object
 * model in memory.
 */
public final class XlsxWorkbook {

	// no double quotes: fastexcel writes the format into an XML attribute without
	// escaping them
	private static final String EUROS = "#,##0.00\\ [$€-40C]";

	private static final String PERCENT = "0.00%";

	private XlsxWorkbook() {
	}

	public static Path write(List<ReportTable> tables, Path file) {
		try {
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			try (OutputStream out = Files.newOutputStream(tmp)) {
				Workbook workbook = new Workbook(out, "Relance", "1.0");
				for (ReportTable table : tables) {
					sheet(workbook.newWorksheet(table.name()), table);
				}
				workbook.finish();
			}
			return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write " + file, e);
		}
	}

	private static void sheet(Worksheet sheet, ReportTable table) {
		List<String> columns = table.columns();
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c));
			sheet.style(0, c).bold().set();
			sheet.width(c, c == 0 ? 45 : 18);
		}
		int r = 1;
		for (List<Cell> row : table.rows()) {
			for (int c = 0; c < row.size(); c++) {
				cell(sheet, r, c, row.get(c));
			}
			r++;
		}
		sheet.freezePane(0, 1);
		sheet.setAutoFilter(0, 0, Math.max(0, r - 1), columns.size() - 1);
	}

	private static void cell(Worksheet sheet, int r, int c, Cell cell) {
		if (cell.value() == null) {
			return;
		}
		switch (cell.type()) {
			case TEXT -> sheet.value(r, c, (String) cell.value());
			case COUNT -> sheet.value(r, c, (Long) cell.value());
			case DAYS -> sheet.value(r, c, (BigDecimal) cell.value());
			case MONEY -> {
				sheet.value(r, c, (BigDecimal) cell.value());
				sheet.style(r, c).format(EUROS).set();
			}
			case RATE -> {
				sheet.value(r, c, (BigDecimal) cell.value());
				sheet.style(r, c).format(PERCENT).set();
			}
		}
	}

}

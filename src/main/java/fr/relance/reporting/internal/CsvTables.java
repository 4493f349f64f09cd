package fr.relance.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.relance.reporting.ReportTable;
import fr.relance.reporting.ReportTable.Cell;
import fr.relance.support.money.Amounts;
import fr.relance.support.text.EstablishmentCsv;

/**
 * A report table as a CSV file in the convention of the establishment files: UTF-8 with a
 * BOM, semicolons, CRLF, decimal commas; rates as percentages. Written under a temporary
 * name and renamed when complete.
 */
public final class CsvTables {

	private CsvTables() {
	}

	public static Path write(ReportTable table, Path file) {
		try (EstablishmentCsv csv = EstablishmentCsv.create(file, table.columns().toArray(String[]::new))) {
			for (List<Cell> row : table.rows()) {
				List<String> values = new ArrayList<>(row.size());
				row.forEach((cell) -> values.add(text(cell)));
				csv.row(values);
			}
			return csv.commit();
		}
	}

	/**
	 * A cell as the French reader expects it: {@code 1 234,56}, {@code 12,34 %},
	 * {@code 45,2}; empty when none.
	 */
	public static String text(Cell cell) {
		if (cell.value() == null) {
			return "";
		}
		return switch (cell.type()) {
			case TEXT -> (String) cell.value();
			case COUNT -> cell.value().toString();
			case MONEY -> Amounts.frenchNumber((BigDecimal) cell.value());
			case RATE ->
				Amounts.frenchNumber(((BigDecimal) cell.value()).movePointRight(2).setScale(2, RoundingMode.HALF_EVEN))
						+ " %";
			case DAYS ->
				((BigDecimal) cell.value()).setScale(1, RoundingMode.HALF_EVEN).toPlainString().replace('.', ',');
		};
	}

}

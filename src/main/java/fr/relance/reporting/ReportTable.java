package fr.relance.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One table of a KPI report, written alike as a CSV file, an XLSX sheet and a PDF table:
 * a file-safe name, a title, column headers and typed cells. No table holds anything
 * about a patient.
 */
public record ReportTable(String name, String title, List<String> columns, List<List<Cell>> rows) {

	/**
	 * How a cell is written: money in euros, a count, a rate (0.1234 = 12,34 %), days, or
	 * text.
	 */
	public enum Type {

		TEXT, MONEY, COUNT, RATE, DAYS

	}

	/** A value; null when the figure has no value (a ratio over nothing). */
	public record Cell(Type type, Object value) {

		public static Cell text(String value) {
			return new Cell(Type.TEXT, value);
		}

		public static Cell money(BigDecimal value) {
			return new Cell(Type.MONEY, value);
		}

		public static Cell count(long value) {
			return new Cell(Type.COUNT, value);
		}

		public static Cell rate(Optional<BigDecimal> value) {
			return new Cell(Type.RATE, value.orElse(null));
		}

		public static Cell rate(BigDecimal value) {
			return new Cell(Type.RATE, value);
		}

		public static Cell days(Optional<BigDecimal> value) {
			return new Cell(Type.DAYS, value.orElse(null));
		}

	}

}

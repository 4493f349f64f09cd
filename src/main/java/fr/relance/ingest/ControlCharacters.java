package fr.relance.ingest;

import java.util.List;

import org.apache.commons.csv.CSVRecord;

import fr.relance.intake.ReportCode;
import fr.relance.intake.ReportedError;
import fr.relance.support.text.Printable;

/**
 * Finds a control character inside a value of a CSV line (a NUL byte, a line break or tab
 * inside quotes, an escape sequence). PostgreSQL refuses a NUL in text, which would fail
 * the whole file's import for one line; the others would break a letter's layout or a
 * worklist's rows. Such a line is refused with its column, never altered.
 */
public final class ControlCharacters {

	public static final ReportCode CODE = ReportCode.CONTROL_CHARACTER;

	public static final String MESSAGE_FR = "La valeur contient un caractère de contrôle (caractère nul, retour à la "
			+ "ligne, tabulation ou caractère invisible) : la ligne n'est pas importée. Corrigez-la à la source.";

	private ControlCharacters() {
	}

	/**
	 * The error to report for the first such value of {@code record}, or null when it has
	 * none.
	 */
	public static ReportedError in(CSVRecord record, List<String> headers, String fileName, long line) {
		for (int i = 0; i < record.size(); i++) {
			String value = record.get(i).strip();
			if (has(value)) {
				String column = i < headers.size() ? headers.get(i) : "colonne " + (i + 1);
				return new ReportedError(fileName, line, column, Printable.of(value), CODE, MESSAGE_FR);
			}
		}
		return null;
	}

	/** Whether {@code value} holds a C0 control character or DEL. */
	public static boolean has(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				return true;
			}
		}
		return false;
	}

}

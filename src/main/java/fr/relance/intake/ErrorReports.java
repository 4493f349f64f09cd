package fr.relance.intake;

import java.nio.file.Path;
import java.time.LocalDate;

import fr.relance.support.ids.SensitiveValues;
import fr.relance.support.text.EstablishmentCsv;

/**
 * Writes an establishment's error report for one file:
 * {@code out/<date>-<file>.errors.csv}, semicolon-separated UTF-8 with a byte-order mark
 * so that a spreadsheet opens it with its accents intact. A very long file name is
 * shortened in the report's own name ({@link DerivedName}); the report's rows keep the
 * name as dropped. Values shaped like a NIR, a telephone number or an e-mail are masked
 * whatever column they came from.
 */
public final class ErrorReports {

	private static final String[] HEADER = { "fichier", "ligne", "champ", "valeur", "code", "explication" };

	private ErrorReports() {
	}

	public static Path path(Path outDir, LocalDate runDate, String fileName) {
		return outDir.resolve(DerivedName.of(runDate + "-", fileName, ".errors.csv"));
	}

	/** Writes (or rewrites, on a rerun) the report atomically; returns its path. */
	public static Path write(Path outDir, LocalDate runDate, String fileName, Iterable<ReportedError> errors) {
		try (EstablishmentCsv csv = EstablishmentCsv.create(path(outDir, runDate, fileName), HEADER)) {
			for (ReportedError e : errors) {
				csv.row(e.file(), e.line() == 0 ? "" : e.line(), e.field(), SensitiveValues.mask(e.valueMasked()),
						e.code(), SensitiveValues.mask(e.messageFr()));
			}
			return csv.commit();
		}
	}

}

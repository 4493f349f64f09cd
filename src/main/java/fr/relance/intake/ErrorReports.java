package fr.relance.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.relance.support.ids.SensitiveValues;

/**
 * Writes an establishment's error report for one file: {@code out/<date>-<file>.errors.csv}, semicolon-separated
 * UTF-8 with a byte-order mark so that a spreadsheet opens it with its accents intact. A very long file name is
 * shortened in the report's own name ({@link DerivedName}); the report's rows keep the name as dropped. Values shaped
 * like a NIR, a telephone number or an e-mail are masked whatever column they came from.
 */
public final class ErrorReports {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setHeader("fichier", "ligne", "champ", "valeur", "code", "explication")
		.get();

	private ErrorReports() {
	}

	public static Path path(Path outDir, LocalDate runDate, String fileName) {
		return outDir.resolve(DerivedName.of(runDate + "-", fileName, ".errors.csv"));
	}

	/** Writes (or rewrites, on a rerun) the report atomically; returns its path. */
	public static Path write(Path outDir, LocalDate runDate, String fileName, Iterable<ReportedError> errors) {
		Path target = path(outDir, runDate, fileName);
		Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			Files.createDirectories(outDir);
			try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				writer.write('\uFEFF'); // before the header, which the printer writes when it is created
				CSVPrinter csv = new CSVPrinter(writer, FORMAT);
				for (ReportedError e : errors) {
					csv.printRecord(e.file(), e.line() == 0 ? "" : e.line(), e.field(),
							SensitiveValues.mask(e.valueMasked()), e.code(), SensitiveValues.mask(e.messageFr()));
				}
				csv.flush();
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the error report " + target, e);
		}
	}

}

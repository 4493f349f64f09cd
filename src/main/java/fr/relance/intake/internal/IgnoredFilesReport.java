package fr.relance.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.relance.intake.IgnoredFile;

/**
 * The establishment's list of what intake left in its {@code in/} tonight, and why:
 * {@code out/<date>-fichiers-ignores.csv}, in the format of the error reports (semicolons, UTF-8 with a byte-order
 * mark). Rewritten by every intake of the night, removed when nothing is left to list.
 */
public final class IgnoredFilesReport {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setHeader("fichier", "code", "explication")
		.get();

	private IgnoredFilesReport() {
	}

	public static Path path(Path outDir, LocalDate runDate) {
		return outDir.resolve(runDate + "-fichiers-ignores.csv");
	}

	public static void write(Path outDir, LocalDate runDate, List<IgnoredFile> ignored) {
		Path target = path(outDir, runDate);
		try {
			if (ignored.isEmpty()) {
				Files.deleteIfExists(target);
				return;
			}
			Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
			try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				writer.write('\uFEFF');
				CSVPrinter csv = new CSVPrinter(writer, FORMAT);
				for (IgnoredFile file : ignored) {
					csv.printRecord(file.name(), file.reason().name(), file.reason().messageFr());
				}
				csv.flush();
			}
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the list of ignored files " + target, e);
		}
	}

}

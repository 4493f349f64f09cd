package fr.relance.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import fr.relance.intake.IgnoredFile;
import fr.relance.support.text.EstablishmentCsv;

/**
 * The establishment's list of what intake left in its {@code in/} tonight, and why:
 * {@code out/<date>-fichiers-ignores.csv}, in the format of the error reports
 * (semicolons, UTF-8 with a byte-order mark). Rewritten by every intake of the night,
 * removed when nothing is left to list.
 */
public final class IgnoredFilesReport {

	private static final String[] HEADER = { "fichier", "code", "explication" };

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
			try (EstablishmentCsv csv = EstablishmentCsv.create(target, HEADER)) {
				for (IgnoredFile file : ignored) {
					csv.row(file.name(), file.reason().name(), file.reason().messageFr());
				}
				csv.commit();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the list of ignored files " + target, e);
		}
	}

}

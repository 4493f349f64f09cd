package fr.relance.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.Establishment;
import fr.relance.intake.internal.InFolder;
import fr.relance.intake.internal.SourceFileDao;

/**
 * Takes the complete files of one establishment's {@code in/} folder: fingerprints them, recognises their format,
 * registers them, and moves each one to the archive (accepted or duplicate) or the quarantine (refused). Every
 * file is registered before it is moved and confirmed after, so a crash at any instant is finished by the next run
 * and no file is ever lost or taken twice.
 */
@Component
public class FileIntake {

	private final InFolder.Factory folders;

	FileIntake(Jdbi jdbi, DropZone dropZone, List<FormatDetector> detectors, IntakeProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.folders = new InFolder.Factory(jdbi, dropZone, detectors, properties.settleDelay(), clock,
				transactionManager);
	}

	public IntakeResult take(Establishment establishment, LocalDate runDate) {
		InFolder folder = folders.of(establishment, runDate);
		folder.finishInterruptedMoves();
		IntakeResult result = IntakeResult.NONE;
		for (Path file : candidates(folder.path())) {
			result = result.plus(folder.take(file));
		}
		return result;
	}

	private static List<Path> candidates(Path in) {
		try (Stream<Path> files = Files.list(in)) {
			return files.filter(Files::isRegularFile)
				.filter(f -> !f.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + in, e);
		}
	}

	/** Registry access for the ingest stage. */
	public static SourceFileDao registry(Jdbi jdbi) {
		return jdbi.onDemand(SourceFileDao.class);
	}

}

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.Establishment;
import fr.relance.intake.internal.InFolder;
import fr.relance.intake.internal.SourceFileDao;
import fr.relance.intake.sftp.PullReport;
import fr.relance.intake.sftp.RemotePull;

/**
 * Takes the complete files of one establishment's {@code in/} folder: fingerprints them, recognises their format,
 * registers them, and moves each one to the archive (accepted or duplicate) or the quarantine (refused). Every
 * file is registered before it is moved and confirmed after, so a crash at any instant is finished by the next run
 * and no file is ever lost or taken twice.
 */
@Component
public class FileIntake {

	private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

	private final InFolder.Factory folders;

	private final DropZone dropZone;

	private final RemotePull remotePull;

	FileIntake(Jdbi jdbi, DropZone dropZone, List<FormatDetector> detectors, IntakeProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.folders = new InFolder.Factory(jdbi, dropZone, detectors, properties.settleDelay(), clock,
				transactionManager);
		this.dropZone = dropZone;
		this.remotePull = new RemotePull(clock);
	}

	public IntakeResult take(Establishment establishment, LocalDate runDate) {
		InFolder folder = folders.of(establishment, runDate);
		folder.finishInterruptedMoves();
		IntakeResult result = pull(establishment);
		for (Path file : candidates(folder.path())) {
			result = result.plus(folder.take(file));
		}
		return result;
	}

	/** Downloads what the establishment left on its own server, when it has one configured. */
	private IntakeResult pull(Establishment establishment) {
		try {
			PullReport report = remotePull.pull(establishment, dropZone);
			if (report.failed()) {
				log.warn("remote pull for {} did not complete: {}", establishment.finess(), report.error().get());
				return new IntakeResult(0, 0, 0, 0, 1);
			}
			return IntakeResult.NONE;
		}
		catch (IOException e) {
			throw new UncheckedIOException("remote pull for " + establishment.finess() + " failed locally", e);
		}
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

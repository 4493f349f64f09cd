package fr.relance.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import fr.relance.establishment.Establishment;
import fr.relance.intake.internal.IgnoredFilesReport;
import fr.relance.intake.internal.InFolder;
import fr.relance.intake.internal.InFolderScan;
import fr.relance.intake.internal.SourceFileDao;
import fr.relance.intake.sftp.PullReport;
import fr.relance.intake.sftp.RemotePull;

/**
 * Takes the complete files of one establishment's {@code in/} folder: fingerprints them,
 * recognises their format, registers them, and moves each one to the archive (accepted or
 * duplicate) or the quarantine (refused). Every file is registered before it is moved and
 * confirmed after, so a crash at any instant is finished by the next run and no file is
 * ever lost or taken twice. What is left in {@code in/} (hidden files, folders, special
 * files, abandoned uploads, files over the night's count) is listed with its reason.
 */
@Component
public class FileIntake {

	private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

	private final InFolder.Factory folders;

	private final DropZone dropZone;

	private final RemotePull remotePull;

	private final Clock clock;

	FileIntake(Jdbi jdbi, DropZone dropZone, List<FormatDetector> detectors, IntakeProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.folders = new InFolder.Factory(jdbi, dropZone, detectors, properties.settleDelay(),
				properties.maxFileSize().toBytes(), properties.maxFilesPerNight(), clock, transactionManager);
		this.dropZone = dropZone;
		this.remotePull = new RemotePull(clock);
		this.clock = clock;
	}

	public IntakeResult take(Establishment establishment, LocalDate runDate) {
		InFolder folder = folders.of(establishment, runDate);
		folder.finishInterruptedMoves();
		IntakeResult result = pull(establishment);
		InFolderScan scan = scan(establishment, folder);
		List<IgnoredFile> ignored = new ArrayList<>(scan.ignored());
		int room = folder.limit().maxFilesPerNight() - folder.registeredTonight();
		for (Path file : scan.candidates()) {
			if (room <= 0) {
				ignored.add(new IgnoredFile(establishment.finess(), file.getFileName().toString(),
						IgnoredFile.Reason.OVER_FILE_COUNT));
				continue;
			}
			IntakeResult taken = folder.take(file);
			room -= taken.taken();
			result = result.plus(taken);
		}
		IgnoredFilesReport.write(dropZone.out(establishment.finess()), runDate, ignored);
		return result.plus(IntakeResult.ignoring(ignored));
	}

	/**
	 * Downloads what the establishment left on its own server, when it has one
	 * configured.
	 */
	private IntakeResult pull(Establishment establishment) {
		try {
			PullReport report = remotePull.pull(establishment, dropZone);
			if (report.failed()) {
				log.warn("remote pull for {} did not complete: {}", establishment.finess(), report.error().get());
				return IntakeResult.pullFailed();
			}
			return IntakeResult.NONE;
		}
		catch (IOException e) {
			throw new UncheckedIOException("remote pull for " + establishment.finess() + " failed locally", e);
		}
	}

	private InFolderScan scan(Establishment establishment, InFolder folder) {
		try {
			return InFolderScan.of(establishment.finess(), folder.path(), clock);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + folder.path(), e);
		}
	}

	/** Registry access for the ingest stage. */
	public static SourceFileDao registry(Jdbi jdbi) {
		return jdbi.onDemand(SourceFileDao.class);
	}

}

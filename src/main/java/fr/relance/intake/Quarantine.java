package fr.relance.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.intake.internal.SourceFileDao;
import fr.relance.support.db.Transactions;

/**
 * Moves a file refused at import from the archive to its establishment's quarantine, with
 * its {@code .reason.txt} and the establishment's error report: the one way a file
 * reaches the quarantine after intake.
 */
@Component
public class Quarantine {

	private static final Logger log = LoggerFactory.getLogger(Quarantine.class);

	private static final Logger security = LoggerFactory.getLogger("fr.relance.security");

	private final Jdbi jdbi;

	private final DropZone dropZone;

	private final TransactionTemplate requiresNew;

	Quarantine(Jdbi jdbi, DropZone dropZone, PlatformTransactionManager transactionManager) {
		this.jdbi = jdbi;
		this.dropZone = dropZone;
		this.requiresNew = Transactions.requiresNew(transactionManager);
	}

	/**
	 * Refused whole for {@code refusal}; {@code examples} (first bad lines) help the
	 * establishment fix it. Returns the rows of the establishment's error report (the
	 * refusal, then the examples).
	 */
	public long refuse(SourceFile file, Refusal refusal, List<ReportedError> examples, LocalDate runDate) {
		log.warn("source file {} of {} refused whole: {}", file.id(), file.finess(), refusal.code());
		return move(file, refusal, examples, runDate);
	}

	/**
	 * The file names another establishment ({@code namedFiness}, first at {@code line}):
	 * one security event, and the dropping establishment reads only that the file was
	 * refused for that reason. Nothing is written for the establishment it names. Returns
	 * the rows of that report (one).
	 */
	public long refuseCrossEstablishment(SourceFile file, String namedFiness, long line, LocalDate runDate) {
		security.warn(
				"SECURITY: {} file {} (source file {}) dropped by {} names establishment {} at line {}; "
						+ "quarantined whole, nothing applied",
				file.kind(), file.originalName(), file.id(), file.finess(), namedFiness, line);
		return move(file, Refusal.FOREIGN_FINESS, List.of(), runDate);
	}

	/**
	 * Copy to the quarantine, record, then remove the archived copy: at any instant the
	 * file exists somewhere.
	 */
	private long move(SourceFile file, Refusal refusal, List<ReportedError> examples, LocalDate runDate) {
		Path target = dropZone.quarantine(file.finess()).resolve(file.stored().getFileName());
		List<ReportedError> errors = new ArrayList<>();
		errors.add(ReportedError.wholeFile(file.originalName(), refusal));
		errors.addAll(examples);
		try {
			Files.createDirectories(target.getParent());
			Files.copy(file.stored(), target, StandardCopyOption.REPLACE_EXISTING);
			// the same lines as intake's reason files: the night dates the file for
			// retention
			Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
					"Fichier : " + file.originalName() + "\nÉtablissement : " + file.finess() + "\nNuit du : " + runDate
							+ "\nCode : " + refusal.code() + "\nMotif : " + refusal.messageFr() + "\n",
					StandardCharsets.UTF_8);
			Path report = ErrorReports.write(dropZone.out(file.finess()), runDate, file.originalName(), errors);
			requiresNew.executeWithoutResult(tx -> jdbi.onDemand(SourceFileDao.class)
				.refused(file.id(), refusal.code(), refusal.messageFr(), target.toString(), report.toString()));
			Files.deleteIfExists(file.stored());
			return errors.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot quarantine source file " + file.id(), e);
		}
	}

}

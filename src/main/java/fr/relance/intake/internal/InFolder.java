package fr.relance.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.relance.support.db.Transactions;

import fr.relance.establishment.Establishment;
import fr.relance.intake.DropZone;
import fr.relance.intake.ErrorReports;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.intake.IntakeResult;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;

/**
 * One establishment's {@code in/} folder during one night. Each file goes through three committed states: registered
 * as {@code arriving} with its destination, moved, then confirmed. The registry is written in its own transactions
 * so that what is committed always describes where the file really is.
 */
public final class InFolder {

	private static final Logger log = LoggerFactory.getLogger(InFolder.class);

	private final Establishment establishment;

	private final LocalDate runDate;

	private final Factory context;

	private InFolder(Establishment establishment, LocalDate runDate, Factory context) {
		this.establishment = establishment;
		this.runDate = runDate;
		this.context = context;
	}

	public Path path() {
		return context.dropZone.in(establishment.finess());
	}

	/** Completes the moves a crashed run registered but did not confirm. */
	public void finishInterruptedMoves() {
		for (SourceFile file : context.inNewTransaction(() -> context.dao().arriving(establishment.finess()))) {
			Path source = path().resolve(file.originalName());
			try {
				if (!Files.exists(file.stored()) && Files.exists(source) && Files2.sha256(source).equals(file.sha256())) {
					Files2.move(source, file.stored());
				}
				if (Files.exists(file.stored())) {
					log.info("finishing the intake of source file {} interrupted by a crash", file.id());
					confirm(file.id(), file.originalName(), file.pendingStatus(), file.stored(), refusalOf(file));
				}
				else {
					log.warn("source file {} vanished from in/ before its intake finished", file.id());
					context.inNewTransaction(() -> context.dao().vanished(file.id()));
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot finish the intake of source file " + file.id(), e);
			}
		}
	}

	public IntakeResult take(Path file) {
		String name = file.getFileName().toString();
		try {
			if (isUploadInProgress(name) || !settled(file)) {
				return new IntakeResult(0, 0, 0, 1);
			}
			long size = Files.size(file);
			String sha256 = Files2.sha256(file);
			FileHead head = new FileHead(name, Files2.head(file, FileHead.LENGTH), size);
			Optional<SourceFile> copy = context.inNewTransaction(() -> context.dao().findAccepted(sha256));
			Verdict verdict = context.judge.judge(establishment, head, copy);
			long id = context.inNewTransaction(() -> context.dao().nextId());
			Path target = destination(id, name, verdict);
			context.inNewTransaction(() -> context.dao().insertArriving(id, establishment.finess(), verdict.kind(), name,
					sha256, size, runDate, verdict.status(), verdict.refusal().map(Refusal::code).orElse(null),
					verdict.refusal().map(Refusal::messageFr).orElse(null), verdict.duplicateOf(), target.toString()));
			Files2.move(file, target);
			confirm(id, name, verdict.status(), target, verdict.refusal());
			return switch (verdict.status()) {
				case "received" -> new IntakeResult(1, 0, 0, 0);
				case "duplicate" -> new IntakeResult(0, 1, 0, 0);
				default -> new IntakeResult(0, 0, 1, 0);
			};
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot take " + file, e);
		}
	}

	/** {@code *.part}: the upload convention we document; {@code *.filepart}: WinSCP's temporary name. */
	static boolean isUploadInProgress(String name) {
		return name.endsWith(".part") || name.endsWith(".filepart");
	}

	private boolean settled(Path file) throws IOException {
		Duration age = Duration.between(Files.getLastModifiedTime(file).toInstant(), context.clock.instant());
		return age.compareTo(context.settleDelay) >= 0;
	}

	private Path destination(long id, String name, Verdict verdict) {
		Path folder = verdict.quarantined() ? context.dropZone.quarantine(establishment.finess())
				: context.dropZone.archive(establishment.finess(), runDate);
		return folder.resolve(id + "-" + name);
	}

	/** Writes what the establishment and ops must read about the file, then confirms its new place. */
	private void confirm(long id, String name, String status, Path stored, Optional<Refusal> refusal)
			throws IOException {
		String report = null;
		if (refusal.isPresent()) {
			Files.writeString(stored.resolveSibling(stored.getFileName() + ".reason.txt"), reasonText(name, refusal.get()),
					StandardCharsets.UTF_8);
			report = ErrorReports.write(context.dropZone.out(establishment.finess()), runDate, name,
					List.of(ReportedError.wholeFile(name, refusal.get()))).toString();
		}
		else if (status.equals("duplicate")) {
			report = ErrorReports.write(context.dropZone.out(establishment.finess()), runDate, name,
					List.of(ReportedError.wholeFile(name, DUPLICATE))).toString();
		}
		String errorReport = report;
		context.inNewTransaction(() -> context.dao().arrived(id, errorReport));
	}

	private static final Refusal DUPLICATE = new Refusal("DUPLICATE_FILE",
			"Ce fichier a déjà été reçu (contenu identique) : il est archivé mais n'a pas été importé une seconde fois.");

	private String reasonText(String name, Refusal refusal) {
		return "Fichier : " + name + "\nÉtablissement : " + establishment.finess() + "\nNuit du : " + runDate
				+ "\nCode : " + refusal.code() + "\nMotif : " + refusal.messageFr() + "\n";
	}

	private static Optional<Refusal> refusalOf(SourceFile file) {
		return Optional.ofNullable(file.reasonCode()).map(code -> new Refusal(code, file.statusReason()));
	}

	/** Shared collaborators of the folders of one engine. */
	public static final class Factory {

		private final Jdbi jdbi;

		private final DropZone dropZone;

		private final FileJudge judge;

		private final Duration settleDelay;

		private final Clock clock;

		private final TransactionTemplate requiresNew;

		public Factory(Jdbi jdbi, DropZone dropZone, List<FormatDetector> detectors, Duration settleDelay, Clock clock,
				PlatformTransactionManager transactionManager) {
			this.jdbi = jdbi;
			this.dropZone = dropZone;
			this.judge = new FileJudge(detectors);
			this.settleDelay = settleDelay;
			this.clock = clock;
			this.requiresNew = Transactions.requiresNew(transactionManager);
		}

		public InFolder of(Establishment establishment, LocalDate runDate) {
			dropZone.prepare(establishment.finess());
			return new InFolder(establishment, runDate, this);
		}

		SourceFileDao dao() {
			return jdbi.onDemand(SourceFileDao.class);
		}

		<T> T inNewTransaction(Supplier<T> work) {
			return requiresNew.execute(status -> work.get());
		}

		void inNewTransaction(Runnable work) {
			requiresNew.executeWithoutResult(status -> work.run());
		}

	}

}

package fr.relance.intake.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

import fr.relance.intake.ReportCode;
import fr.relance.establishment.Establishment;
import fr.relance.intake.DeliveryLimit;
import fr.relance.intake.DerivedName;
import fr.relance.intake.DropZone;
import fr.relance.intake.ErrorReports;
import fr.relance.intake.FileHead;
import fr.relance.intake.FormatDetector;
import fr.relance.intake.IntakeResult;
import fr.relance.intake.Refusal;
import fr.relance.intake.ReportedError;
import fr.relance.intake.SourceFile;
import fr.relance.support.db.Transactions;
import fr.relance.support.text.Printable;

/**
 * One establishment's {@code in/} folder during one night. Each file goes through three
 * committed states: registered as {@code arriving} with its destination, moved, then
 * confirmed. The registry is written in its own transactions so that what is committed
 * always describes where the file really is. A file is the unit of failure: whatever goes
 * wrong while taking one file, that file is quarantined with its reason and the folder
 * goes on.
 */
public final class InFolder {

	private static final Logger log = LoggerFactory.getLogger(InFolder.class);

	private final Establishment establishment;

	private final LocalDate runDate;

	private final DeliveryLimit limit;

	private final Factory context;

	private InFolder(Establishment establishment, LocalDate runDate, DeliveryLimit limit, Factory context) {
		this.establishment = establishment;
		this.runDate = runDate;
		this.limit = limit;
		this.context = context;
	}

	public Path path() {
		return context.dropZone.in(establishment.finess());
	}

	public DeliveryLimit limit() {
		return limit;
	}

	/**
	 * Files registered for this establishment and night so far (earlier attempts
	 * included).
	 */
	public int registeredTonight() {
		return context.inNewTransaction(() -> context.dao().countOfNight(establishment.finess(), runDate));
	}

	/** Completes the moves a crashed run registered but did not confirm. */
	public void finishInterruptedMoves() {
		for (SourceFile file : context.inNewTransaction(() -> context.dao().arriving(establishment.finess()))) {
			Path source = null;
			try {
				source = path().resolve(file.originalName());
				if (!Files.exists(file.stored(), LinkOption.NOFOLLOW_LINKS)
						&& Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)
						&& SafeFiles.sha256(source).equals(file.sha256())) {
					SafeFiles.move(source, file.stored());
				}
				if (Files.exists(file.stored(), LinkOption.NOFOLLOW_LINKS)) {
					log.info("finishing the intake of source file {} interrupted by a crash", file.id());
					confirm(file.id(), file.originalName(), file.pendingStatus(), file.stored(), refusalOf(file));
				}
				else {
					log.warn("source file {} vanished from in/ before its intake finished", file.id());
					context.inNewTransaction(() -> context.dao().vanished(file.id()));
				}
			}
			catch (IOException | RuntimeException e) {
				Path where = Files.exists(file.stored(), LinkOption.NOFOLLOW_LINKS) || source == null ? file.stored()
						: source;
				quarantineAfterFailure(where, file.originalName(), file.id(), e);
			}
		}
	}

	/**
	 * Takes one entry of {@code in/} (a plain file or a symbolic link); never throws for
	 * a problem of that file.
	 */
	public IntakeResult take(Path file) {
		String name = file.getFileName().toString();
		Long registered = null;
		try {
			if (isUploadInProgress(name) || !settled(file)) {
				return new IntakeResult(0, 0, 0, 1);
			}
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			long size = attributes.size();
			Verdict verdict;
			String sha256 = null;
			if (attributes.isSymbolicLink()) {
				log.warn("SECURITY: {}/in/{} is a symbolic link: quarantined, not followed", establishment.finess(),
						Printable.of(name));
				verdict = Verdict.quarantined("unknown", Refusal.SYMBOLIC_LINK);
			}
			else if (size > limit.maxFileSize()) {
				// refused before it is read: hashing a file of terabytes would stall the
				// night for everyone
				verdict = Verdict.quarantined("unknown", Refusal.tooLarge(limit));
			}
			else {
				String fingerprint = SafeFiles.sha256(file);
				if (changedSince(file, attributes)) {
					// written to while it was hashed: still being uploaded, whatever its
					// date says
					return new IntakeResult(0, 0, 0, 1);
				}
				sha256 = fingerprint;
				FileHead head = new FileHead(name, SafeFiles.head(file, FileHead.LENGTH), size);
				Optional<SourceFile> copy = context.inNewTransaction(() -> context.dao().findAccepted(fingerprint));
				verdict = context.judge.judge(establishment, head, copy);
			}
			long id = context.inNewTransaction(() -> context.dao().nextId());
			Path target = destination(id, name, verdict.quarantined());
			String fingerprint = sha256;
			context.inNewTransaction(() -> context.dao()
				.insertArriving(id, establishment.finess(), verdict.kind(), name, fingerprint, size, runDate,
						verdict.status(), verdict.refusal().map(Refusal::code).orElse(null),
						verdict.refusal().map(Refusal::messageFr).orElse(null), verdict.duplicateOf(),
						target.toString()));
			registered = id;
			SafeFiles.move(file, target);
			if (sha256 != null && changedSince(target, attributes)) {
				throw new ChangedDuringIntakeException();
			}
			confirm(id, name, verdict.status(), target, verdict.refusal());
			return switch (verdict.status()) {
				case "received" -> new IntakeResult(1, 0, 0, 0);
				case "duplicate" -> new IntakeResult(0, 1, 0, 0);
				default -> new IntakeResult(0, 0, 1, 0);
			};
		}
		catch (NoSuchFileException e) {
			if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !movedAway(registered)) {
				return vanished(name, registered);
			}
			return failed(file, name, registered, e);
		}
		catch (IOException | RuntimeException e) {
			return failed(file, name, registered, e);
		}
	}

	/**
	 * The establishment deleted the file while it was being taken (it may): nothing was
	 * taken, say so and go on.
	 */
	private IntakeResult vanished(String name, Long registered) {
		log.info("{}/in/{} was removed by its establishment during intake: skipped", establishment.finess(),
				Printable.of(name));
		if (registered != null) {
			context.inNewTransaction(() -> context.dao().vanished(registered));
		}
		return IntakeResult.vanishedFile();
	}

	private boolean movedAway(Long registered) {
		return registered != null && Files
			.exists(context.inNewTransaction(() -> context.dao().get(registered)).stored(), LinkOption.NOFOLLOW_LINKS);
	}

	private IntakeResult failed(Path file, String name, Long registered, Exception failure) {
		Path where = file;
		if (registered != null) {
			Path stored = context.inNewTransaction(() -> context.dao().get(registered)).stored();
			if (Files.exists(stored, LinkOption.NOFOLLOW_LINKS)) {
				where = stored;
			}
		}
		quarantineAfterFailure(where, name, registered, failure);
		return new IntakeResult(0, 0, 1, 0);
	}

	/**
	 * Quarantines a file whose intake failed, wherever it is now (still in {@code in/},
	 * or already in the archive), with the cause for ops and a plain reason for the
	 * establishment. Only when the quarantine itself fails (the disk is full, the drop
	 * zone unreachable) does the failure reach the establishment's intake.
	 */
	private void quarantineAfterFailure(Path where, String name, Long registered, Exception failure) {
		log.warn("intake of {}/in/{} failed, the file is quarantined: {}", establishment.finess(), Printable.of(name),
				Printable.of(cause(failure)));
		log.debug("intake failure of {}/in/{}", establishment.finess(), Printable.of(name), failure);
		Refusal refusal = failure instanceof ChangedDuringIntakeException ? Refusal.CHANGED_DURING_INTAKE
				: Refusal.INTAKE_FAILED;
		try {
			long id = registered != null ? registered : context.inNewTransaction(() -> context.dao().nextId());
			Path target = quarantineDestination(id, name);
			if (registered == null) {
				long size = Files.exists(where, LinkOption.NOFOLLOW_LINKS)
						? Files.readAttributes(where, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size() : 0;
				context.inNewTransaction(() -> context.dao()
					.insertArriving(id, establishment.finess(), "unknown", name, null, size, runDate, "quarantined",
							refusal.code(), refusal.messageFr(), null, target.toString()));
			}
			else {
				context.inNewTransaction(() -> context.dao()
					.reroute(id, "quarantined", refusal.code(), refusal.messageFr(), target.toString()));
			}
			if (!where.equals(target)) {
				SafeFiles.move(where, target);
			}
			writeReasonFile(name, target, refusal, cause(failure));
			String report = null;
			try {
				report = ErrorReports
					.write(context.dropZone.out(establishment.finess()), runDate, name,
							List.of(ReportedError.wholeFile(name, refusal)))
					.toString();
			}
			catch (RuntimeException e) {
				log.warn("no error report for {}/in/{}: {}", establishment.finess(), Printable.of(name),
						Printable.of(cause(e)));
			}
			String errorReport = report;
			context.inNewTransaction(() -> context.dao().arrived(id, errorReport));
		}
		catch (IOException | RuntimeException e) {
			e.addSuppressed(failure);
			throw new IntakeFailure("cannot quarantine " + establishment.finess() + "/in/" + Printable.of(name)
					+ " after its intake failed (" + Printable.of(cause(failure)) + "): " + Printable.of(cause(e)), e);
		}
	}

	/**
	 * The innermost message, which names the real cause ("File name too long", "No space
	 * left on device"...).
	 */
	static String cause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage();
		return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
	}

	/**
	 * {@code *.part}: the upload convention we document; {@code *.filepart}: WinSCP's
	 * temporary name.
	 */
	static boolean isUploadInProgress(String name) {
		return name.endsWith(".part") || name.endsWith(".filepart");
	}

	/**
	 * The file was written to between its hashing and its move: its bytes are no longer
	 * the ones hashed.
	 */
	private static final class ChangedDuringIntakeException extends IOException {

		private static final long serialVersionUID = 1L;

		ChangedDuringIntakeException() {
			super("the file changed while it was being taken (still being written)");
		}

	}

	/**
	 * Whether {@code file}'s size or modification time moved from {@code before}: someone
	 * is writing it.
	 */
	private static boolean changedSince(Path file, BasicFileAttributes before) throws IOException {
		BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		return now.size() != before.size() || !now.lastModifiedTime().equals(before.lastModifiedTime());
	}

	private boolean settled(Path file) throws IOException {
		Duration age = Duration.between(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant(),
				context.clock.instant());
		return age.compareTo(context.settleDelay) >= 0;
	}

	/**
	 * {@code <id>-<name>}, the name shortened when it would not fit the file system
	 * beside its reason file.
	 */
	private Path destination(long id, String name, boolean quarantined) {
		Path folder = quarantined ? context.dropZone.quarantine(establishment.finess())
				: context.dropZone.archive(establishment.finess(), runDate);
		return folder.resolve(DerivedName.of(id + "-", name, ""));
	}

	/**
	 * Where a failed file goes: {@code <id>-<name>}, or {@code <id>-unreadable-name} when
	 * the name itself cannot be written (a JVM started under a non-UTF-8 locale cannot
	 * encode an accented name).
	 */
	private Path quarantineDestination(long id, String name) {
		try {
			return destination(id, name, true);
		}
		catch (InvalidPathException e) {
			return context.dropZone.quarantine(establishment.finess()).resolve(id + "-unreadable-name");
		}
	}

	/**
	 * Writes what the establishment and ops must read about the file, then confirms its
	 * new place.
	 */
	private void confirm(long id, String name, String status, Path stored, Optional<Refusal> refusal)
			throws IOException {
		String report = null;
		if (refusal.isPresent()) {
			writeReasonFile(name, stored, refusal.get(), null);
			report = ErrorReports
				.write(context.dropZone.out(establishment.finess()), runDate, name,
						List.of(ReportedError.wholeFile(name, refusal.get())))
				.toString();
		}
		else if (status.equals("duplicate")) {
			report = ErrorReports
				.write(context.dropZone.out(establishment.finess()), runDate, name,
						List.of(ReportedError.wholeFile(name, DUPLICATE)))
				.toString();
		}
		String errorReport = report;
		context.inNewTransaction(() -> context.dao().arrived(id, errorReport));
	}

	private static final Refusal DUPLICATE = new Refusal(ReportCode.DUPLICATE_FILE,
			"Ce fichier a déjà été reçu (contenu identique) : il est archivé mais n'a pas été importé une seconde fois.");

	private void writeReasonFile(String name, Path stored, Refusal refusal, String opsCause) throws IOException {
		String text = "Fichier : " + name + "\nÉtablissement : " + establishment.finess() + "\nNuit du : " + runDate
				+ "\nCode : " + refusal.code() + "\nMotif : " + refusal.messageFr() + "\n"
				+ (opsCause == null ? "" : "Cause technique : " + opsCause + "\n");
		Files.writeString(stored.resolveSibling(stored.getFileName() + ".reason.txt"), text, StandardCharsets.UTF_8);
	}

	private static Optional<Refusal> refusalOf(SourceFile file) {
		return Optional.ofNullable(file.reasonCode()).map(code -> new Refusal(code, file.statusReason()));
	}

	/** The quarantine itself failed: the establishment's intake cannot go on safely. */
	public static final class IntakeFailure extends RuntimeException {

		private static final long serialVersionUID = 1L;

		IntakeFailure(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** Shared collaborators of the folders of one engine. */
	public static final class Factory {

		private final Jdbi jdbi;

		private final DropZone dropZone;

		private final FileJudge judge;

		private final Duration settleDelay;

		private final long defaultMaxFileSize;

		private final int defaultMaxFilesPerNight;

		private final Clock clock;

		private final TransactionTemplate requiresNew;

		public Factory(Jdbi jdbi, DropZone dropZone, List<FormatDetector> detectors, Duration settleDelay, Clock clock,
				PlatformTransactionManager transactionManager) {
			this(jdbi, dropZone, detectors, settleDelay, Long.MAX_VALUE, Integer.MAX_VALUE, clock, transactionManager);
		}

		public Factory(Jdbi jdbi, DropZone dropZone, List<FormatDetector> detectors, Duration settleDelay,
				long defaultMaxFileSize, int defaultMaxFilesPerNight, Clock clock,
				PlatformTransactionManager transactionManager) {
			this.jdbi = jdbi;
			this.dropZone = dropZone;
			this.judge = new FileJudge(detectors);
			this.settleDelay = settleDelay;
			this.defaultMaxFileSize = defaultMaxFileSize;
			this.defaultMaxFilesPerNight = defaultMaxFilesPerNight;
			this.clock = clock;
			this.requiresNew = Transactions.requiresNew(transactionManager);
		}

		public InFolder of(Establishment establishment, LocalDate runDate) {
			dropZone.prepare(establishment.finess());
			return new InFolder(establishment, runDate,
					DeliveryLimit.of(establishment, defaultMaxFileSize, defaultMaxFilesPerNight), this);
		}

		public Clock clock() {
			return clock;
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

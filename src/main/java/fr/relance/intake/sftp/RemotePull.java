package fr.relance.intake.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.Establishment.Pull;
import fr.relance.intake.DropZone;
import fr.relance.intake.sftp.internal.PullLedger;
import fr.relance.intake.sftp.internal.PullLedger.Entry;
import fr.relance.intake.sftp.RemoteFolder.Download;
import fr.relance.intake.sftp.RemoteFolder.RemoteFile;
import fr.relance.support.text.Printable;

/**
 * Takes the files an establishment leaves on its own SFTP server ({@code sftp.pull}) into
 * its {@code in/}. Each file is downloaded to {@code in/<name>.<id>.pull.part}, forced to
 * disk and hashed; its SHA-256 is then recorded in the ledger
 * {@code <drop>/.pull/<FINESS>/pulled.log}, the file renamed to {@code in/<name>}, and
 * only then deleted remotely. Bytes already in the ledger are not delivered again, only
 * deleted remotely. A crash at any point loses nothing and delivers nothing twice: the
 * next pull first delivers the downloads the ledger recorded, throws away those it did
 * not, and takes the remote files that are still there.
 */
public class RemotePull {

	private static final Logger log = LoggerFactory.getLogger(RemotePull.class);

	static final String PART_SUFFIX = ".pull.part";

	private final Clock clock;

	private final Consumer<String> stepHook;

	private final SecureRandom random = new SecureRandom();

	public RemotePull(Clock clock) {
		this(clock, step -> {
		});
	}

	/**
	 * {@code stepHook} is told "recorded" and "delivered" for each file: tests throw
	 * there to simulate a crash.
	 */
	RemotePull(Clock clock, Consumer<String> stepHook) {
		this.clock = clock;
		this.stepHook = stepHook;
	}

	/**
	 * Pulls the establishment's remote files, if it has a remote; never throws for a
	 * remote-side problem.
	 */
	public PullReport pull(Establishment establishment, DropZone dropZone) throws IOException {
		String finess = establishment.finess();
		Optional<Pull> remote = establishment.sftp().pull();
		if (remote.isEmpty()) {
			return PullReport.notConfigured(finess);
		}
		dropZone.prepare(finess);
		Path in = dropZone.in(finess);
		PullLedger ledger = PullLedger.open(ledgerFile(dropZone, finess));
		Progress progress = new Progress();
		PullRecovery.deliverRecorded(in, ledger, progress.pulled);
		try (RemoteFolder folder = RemoteFolder.open(remote.get())) {
			for (RemoteFile file : folder.list()) {
				take(folder, file, in, ledger, progress);
			}
		}
		catch (IOException | RuntimeException e) {
			progress.error = remote.get().host() + ":" + remote.get().port() + ": " + message(e);
			log.warn("pull for {} stopped: {}", finess, Printable.of(progress.error));
		}
		return new PullReport(finess, true, progress.pulled, progress.alreadyPulled, progress.skipped,
				Optional.ofNullable(progress.error));
	}

	/** The ledger of an establishment: engine only, outside its chroot. */
	public static Path ledgerFile(DropZone dropZone, String finess) {
		return dropZone.root().resolve(".pull").resolve(finess).resolve("pulled.log");
	}

	private void take(RemoteFolder folder, RemoteFile file, Path in, PullLedger ledger, Progress progress)
			throws IOException {
		Optional<String> refusal = PullRecovery.refusal(file.name());
		if (refusal.isPresent()) {
			progress.skipped.add(file.name() + ": " + refusal.get());
			return;
		}
		byte[] idBytes = new byte[6];
		random.nextBytes(idBytes);
		String id = HexFormat.of().formatHex(idBytes);
		Path part = in.resolve(file.name() + "." + id + PART_SUFFIX);
		Download download = folder.download(file, part);
		RemoteFile after = folder.stat(file);
		if (after.size() != download.size() || after.modified() != file.modified()) {
			Files.delete(part);
			progress.skipped.add(file.name() + ": still being written on the remote");
		}
		else if (ledger.hasHash(download.sha256())) {
			Files.delete(part);
			folder.delete(file);
			progress.alreadyPulled.add(file.name());
		}
		else if (PullRecovery.nameTaken(in, file.name(), part)) {
			Files.delete(part);
			progress.skipped.add(file.name() + ": in/" + file.name() + " is still waiting for intake");
		}
		else {
			deliver(folder, file, part, id, download, ledger, progress);
		}
	}

	private void deliver(RemoteFolder folder, RemoteFile file, Path part, String id, Download download,
			PullLedger ledger, Progress progress) throws IOException {
		ledger.record(clock.instant(), new Entry(id, download.sha256(), download.size(), file.name(), file.path()));
		stepHook.accept("recorded");
		PullRecovery.rename(part, part.resolveSibling(file.name()));
		stepHook.accept("delivered");
		folder.delete(file);
		progress.pulled.add(new PulledFile(file.name(), download.size(), download.sha256(), file.path()));
		log.info("pulled {} ({} bytes, sha256 {})", Printable.of(file.path()), download.size(), download.sha256());
	}

	private static String message(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

	private static final class Progress {

		final List<PulledFile> pulled = new ArrayList<>();

		final List<String> alreadyPulled = new ArrayList<>();

		final List<String> skipped = new ArrayList<>();

		String error;

	}

}

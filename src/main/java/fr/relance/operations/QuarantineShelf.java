package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.relance.intake.ReasonFile;

/**
 * The quarantine of a drop zone ({@code <drop>/.quarantine/<FINESS>/}) as ops see it:
 * what is there and why, and the way back to {@code in/} once the cause is fixed. A
 * released file keeps a trace: its reason file, completed with when, why and by whom it
 * was released, moves to {@code .quarantine/<FINESS>/.released/}; the operations journal
 * gets one line.
 */
public final class QuarantineShelf {

	private final Path drop;

	private final OperationsJournal journal;

	public QuarantineShelf(Path drop, OperationsJournal journal) {
		this.drop = drop;
		this.journal = journal;
	}

	/** Every quarantined file, oldest first. */
	public List<QuarantinedFile> list() {
		List<QuarantinedFile> files = new ArrayList<>();
		for (Path folder : DropFolders.children(drop.resolve(".quarantine"))) {
			try (Stream<Path> entries = Files.list(folder)) {
				for (Path stored : entries.sorted().toList()) {
					String name = stored.getFileName().toString();
					if (!name.startsWith(".") && !name.endsWith(ReasonFile.SUFFIX)
							&& Files.isRegularFile(stored, LinkOption.NOFOLLOW_LINKS)) {
						files.add(describe(folder.getFileName().toString(), stored));
					}
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException("cannot list " + folder, e);
			}
		}
		files.sort(Comparator.comparing(QuarantinedFile::since).thenComparing(QuarantinedFile::id));
		return files;
	}

	/**
	 * The quarantined file ops named {@code <FINESS>/<stored name>}, as
	 * {@code quarantine list} shows it.
	 */
	public Optional<QuarantinedFile> find(String id) {
		return list().stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/**
	 * Moves the file back to its establishment's {@code in/} under the name it was
	 * dropped with, so that the next night takes it again (a refused file's fingerprint
	 * does not count as received).
	 * @param reason why it is released; required for a file concerning another
	 * establishment
	 * @param force required for a file concerning another establishment
	 * @return where it now waits
	 * @throws ReleaseRefusedException when it cannot be released as asked (nothing moved)
	 */
	public Path release(QuarantinedFile file, boolean force, String reason, String operator, Instant now) {
		if (file.concernsAnotherEstablishment() && (!force || reason == null || reason.isBlank())) {
			throw new ReleaseRefusedException(file.id() + " was quarantined as " + file.reasonCode()
					+ " (its content concerns another establishment): releasing it needs --force and --reason \"...\""
					+ " saying why it is safe");
		}
		Path in = drop.resolve(file.finess()).resolve("in");
		Path target = in.resolve(safeName(file));
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new ReleaseRefusedException("a file named " + target.getFileName() + " is already waiting in " + in
					+ ": let the next night take it first, or rename it");
		}
		try {
			Files.createDirectories(in);
			// hidden while copied: intake never takes a hidden file, so it never sees a
			// half-copied one
			Path copying = in.resolve("." + target.getFileName() + ".releasing");
			// the original time is kept, so the settle delay does not hold the file back
			// another night
			Files.copy(file.stored(), copying, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			Files.move(copying, target, StandardCopyOption.ATOMIC_MOVE);
			Path released = Files.createDirectories(file.stored().resolveSibling(".released"));
			Path reasonFile = ReasonFile.of(file.stored());
			String trace = "Libéré le : " + now.truncatedTo(ChronoUnit.SECONDS) + "\nPar : " + operator + "\nVers : in/"
					+ target.getFileName() + "\nForcé : " + (force ? "oui" : "non") + "\nRaison de la libération : "
					+ (reason == null ? "" : reason) + "\n";
			Path kept = released.resolve(now.toEpochMilli() + "-" + file.stored().getFileName() + ReasonFile.SUFFIX);
			String before = Files.exists(reasonFile) ? Files.readString(reasonFile, StandardCharsets.UTF_8) : "";
			Files.writeString(kept, before + trace, StandardCharsets.UTF_8);
			Files.deleteIfExists(reasonFile);
			Files.delete(file.stored());
			journal.record((file.concernsAnotherEstablishment() ? "SECURITY " : "") + "quarantine release " + file.id()
					+ " (" + file.reasonCode() + ") to " + file.finess() + "/in/" + target.getFileName() + " by "
					+ operator + (force ? ", forced" : "") + (reason == null ? "" : ", reason: " + reason));
			return target;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot release " + file.id() + " to " + in, e);
		}
	}

	/**
	 * The name it was dropped with, unless that name could not live in {@code in/}: then
	 * its stored name.
	 */
	private static String safeName(QuarantinedFile file) {
		String original = file.originalName();
		boolean usable = original != null && !original.isBlank() && !original.startsWith(".") && !original.contains("/")
				&& !original.contains("\0") && original.getBytes(StandardCharsets.UTF_8).length <= 240;
		return usable ? original : file.stored().getFileName().toString();
	}

	private static QuarantinedFile describe(String finess, Path stored) throws IOException {
		ReasonFile reason = ReasonFile.read(stored);
		String storedName = stored.getFileName().toString();
		return new QuarantinedFile(finess + "/" + storedName, finess, stored,
				reason.value("Fichier").orElse(storedName.replaceFirst("^\\d+-", "")),
				reason.value("Code").orElse("UNKNOWN"), reason.value("Motif").orElse(""),
				Files.getLastModifiedTime(Files.exists(ReasonFile.of(stored)) ? ReasonFile.of(stored) : stored)
					.toInstant());
	}

}

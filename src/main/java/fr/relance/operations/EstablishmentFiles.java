package fr.relance.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.establishment.EstablishmentConfigException;
import fr.relance.support.config.ConfigException;

/**
 * The establishments folder as ops change it: a new file written only once it reads back
 * valid, and an establishment disabled by moving its file to
 * {@code <establishments>/disabled/}, which the engine does not read. A disabled
 * establishment gets no intake, import, reconciliation or dunning; its data, its drop
 * folders and its archive stay as they are, and enabling it moves the file back.
 */
public final class EstablishmentFiles {

	public static final String DISABLED = "disabled";

	private final Path folder;

	private final Path jobs;

	public EstablishmentFiles(Path folder, Path jobs) {
		this.folder = folder;
		this.jobs = jobs;
	}

	/** An establishment file as listed: read back, or the reason it cannot be. */
	public record Listed(String finess, boolean enabled, Establishment establishment, String problem) {
	}

	public List<Listed> list() {
		List<Listed> listed = new ArrayList<>();
		read(folder, true, listed);
		read(folder.resolve(DISABLED), false, listed);
		return listed;
	}

	/**
	 * Writes {@code <FINESS>.yml} from {@code yaml} after checking it as the engine will
	 * (read back from a temporary file), and that its ledger profile and scenario exist.
	 * @throws EstablishmentConfigException naming the problem; nothing is written
	 */
	public Establishment add(String finess, String yaml) {
		Path target = folder.resolve(finess + ".yml");
		if (Files.exists(target)) {
			throw new EstablishmentConfigException("establishment " + finess + " exists already: " + target);
		}
		if (Files.exists(folder.resolve(DISABLED).resolve(finess + ".yml"))) {
			throw new EstablishmentConfigException("establishment " + finess + " exists already, disabled: enable it"
					+ " with 'relance establishment enable --finess " + finess + "'");
		}
		try {
			Files.createDirectories(folder);
			Path draft = Files.createTempDirectory(folder, ".new-").resolve(finess + ".yml");
			try {
				Files.writeString(draft, yaml, StandardCharsets.UTF_8);
				Establishment establishment = EstablishmentDirectory.readFile(draft);
				requireJob("profiles", establishment.ledgerProfile(), "ledger profile (--ledger-profile)");
				requireJob("scenarios", establishment.scenario(), "dunning scenario (--scenario)");
				Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE);
				return establishment;
			}
			finally {
				Files.deleteIfExists(draft);
				Files.deleteIfExists(draft.getParent());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot write the establishment file " + target, e);
		}
	}

	/** Moves the file to {@code disabled/}; false when it was disabled already. */
	public boolean disable(String finess) {
		return move(folder.resolve(finess + ".yml"), folder.resolve(DISABLED).resolve(finess + ".yml"), finess);
	}

	/** Moves the file back from {@code disabled/}; false when it was enabled already. */
	public boolean enable(String finess) {
		return move(folder.resolve(DISABLED).resolve(finess + ".yml"), folder.resolve(finess + ".yml"), finess);
	}

	private boolean move(Path from, Path to, String finess) {
		if (!Files.exists(from)) {
			if (Files.exists(to)) {
				return false;
			}
			throw new EstablishmentConfigException("no establishment " + finess + " in " + folder.toAbsolutePath()
					+ " ('relance establishment list' shows them)");
		}
		try {
			Files.createDirectories(to.getParent());
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot move " + from + " to " + to, e);
		}
	}

	private void requireJob(String kind, String name, String what) {
		if (!name.matches("[A-Za-z0-9._-]+") || !Files.isRegularFile(jobs.resolve(kind).resolve(name + ".yml"))) {
			throw new EstablishmentConfigException(
					"no " + what + " '" + name + "' in " + jobs.resolve(kind).toAbsolutePath());
		}
	}

	private static void read(Path dir, boolean enabled, List<Listed> listed) {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList()) {
				String finess = file.getFileName().toString().replaceFirst("\\.yml$", "");
				try {
					listed.add(new Listed(finess, enabled, EstablishmentDirectory.readFile(file), null));
				}
				catch (ConfigException e) {
					// one line per establishment in the listing: the file's problems one
					// after the other
					listed.add(new Listed(finess, enabled, null, String.join("; ", e.errors())));
				}
				catch (UncheckedIOException e) {
					listed.add(new Listed(finess, enabled, null, e.getMessage()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + dir, e);
		}
	}

}

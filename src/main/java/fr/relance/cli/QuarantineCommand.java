package fr.relance.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.relance.operations.OperationsJournal;
import fr.relance.operations.QuarantineShelf;
import fr.relance.operations.QuarantinedFile;
import fr.relance.operations.ReleaseRefusedException;
import fr.relance.support.config.RelanceProperties;
import fr.relance.support.text.Printable;

/**
 * {@code quarantine list | release FILE}: what is quarantined and why; a fixed file back
 * to {@code in/}.
 */
class QuarantineCommand implements Command {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Clock clock;

	QuarantineCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "quarantine";
	}

	@Override
	public boolean takesOperands() {
		return true;
	}

	@Override
	public String summary() {
		return "list the quarantined files and why; release FILE back to in/ once fixed";
	}

	@Override
	public String usage() {
		return """
				usage: relance quarantine list [--home DIR] [--drop DIR]
				       relance quarantine release FINESS/FILE [--force --reason TEXT] [--home DIR] [--drop DIR]

				list     every file in <drop>/.quarantine, with its reason code and explanation, oldest first; FILE is
				         the first column (FINESS/stored name)
				release  moves FILE back to <drop>/<FINESS>/in/ under the name it was dropped with, once its cause is
				         fixed (the file corrected in place, or the mapping profile or establishment file that was
				         missing added): the next night takes it again. Its reason file, completed with the release,
				         is kept in .quarantine/<FINESS>/.released/ and <home>/logs/operations.log gets a line.
				         A file quarantined because it concerns another establishment (FOREIGN_FINESS,
				         HELD_FOR_REVIEW) is released only with --force and --reason saying why it is safe.
				  --force         release a file that concerns another establishment
				  --reason TEXT   why (required with --force; recorded with the release)

				exit status: 0 done, 1 failed, 2 bad usage or release refused (nothing moved)
				""";
	}

	@Override
	public ExitCode run(Arguments arguments, Console console) {
		arguments.checkOptions(Set.of("home", "drop", "force", "reason"));
		List<String> operands = arguments.words().subList(1, arguments.words().size());
		RelanceProperties paths = HomePaths.of(arguments);
		QuarantineShelf shelf = new QuarantineShelf(paths.drop(), new OperationsJournal(paths.home(), clock));
		if (operands.equals(List.of("list"))) {
			if (arguments.option("force").isPresent() || arguments.option("reason").isPresent()) {
				throw new UsageException("--force and --reason go with release, not list");
			}
			list(shelf, paths, console);
			return ExitCode.OK;
		}
		if (operands.size() == 2 && operands.get(0).equals("release")) {
			return release(shelf, operands.get(1), arguments, paths, console);
		}
		throw new UsageException(operands.isEmpty() ? "say 'quarantine list' or 'quarantine release FINESS/FILE'"
				: "unknown quarantine operation '" + String.join(" ", operands)
						+ "': say 'quarantine list' or 'quarantine release FINESS/FILE'");
	}

	private void list(QuarantineShelf shelf, RelanceProperties paths, Console console) {
		List<QuarantinedFile> files = shelf.list();
		console.out()
			.println(files.size() + " quarantined file(s) under "
					+ Printable.of(paths.drop().resolve(".quarantine").toAbsolutePath()));
		for (QuarantinedFile file : files) {
			console.out()
				.printf(Locale.ROOT, "  %-50s %-16s since %s  dropped as %s: %s%n", Printable.of(file.id()),
						file.reasonCode(), TIME.format(file.since().atZone(paths.zone())),
						Printable.of(file.originalName()), Printable.of(file.reason()));
		}
	}

	private ExitCode release(QuarantineShelf shelf, String id, Arguments arguments, RelanceProperties paths,
			Console console) {
		boolean force = arguments.flag("force");
		String reason = arguments.option("reason").orElse(null);
		if (reason != null && reason.isBlank()) {
			throw new UsageException("--reason needs a text saying why the file is released");
		}
		if (force && reason == null) {
			throw new UsageException("--force needs --reason \"...\": why this file is safe to release");
		}
		QuarantinedFile file = shelf.find(id)
			.orElseThrow(() -> new UsageException(
					"no quarantined file '" + id + "' under " + paths.drop().resolve(".quarantine").toAbsolutePath()
							+ " ('relance quarantine list' shows them as FINESS/FILE)"));
		try {
			Path target = shelf.release(file, force, reason, System.getProperty("user.name", "unknown"),
					Instant.now(clock));
			console.out()
				.println("Released " + Printable.of(file.id()) + " (" + file.reasonCode() + ") to "
						+ Printable.of(target.toAbsolutePath()) + ": the next night takes it.");
			return ExitCode.OK;
		}
		catch (ReleaseRefusedException e) {
			throw new UsageException(e.getMessage());
		}
	}

}

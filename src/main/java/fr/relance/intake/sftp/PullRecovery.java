package fr.relance.intake.sftp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.relance.intake.sftp.internal.Durable;
import fr.relance.intake.sftp.internal.PullLedger;
import fr.relance.intake.sftp.internal.PullLedger.Entry;

/**
 * What a pull finds in {@code in/} from an earlier pull that stopped midway, and the
 * naming rules of pulled files. A leftover {@code <name>.<id>.pull.part} whose download
 * id is in the ledger was complete and recorded: it is delivered. Any other leftover was
 * never recorded, so its remote file still exists: it is deleted and taken again.
 */
final class PullRecovery {

	private static final Pattern LEFTOVER = Pattern
		.compile("(.+)\\.([0-9a-f]{12})" + Pattern.quote(RemotePull.PART_SUFFIX));

	private PullRecovery() {
	}

	static void deliverRecorded(Path in, PullLedger ledger, List<PulledFile> delivered) throws IOException {
		for (Path part : leftovers(in)) {
			Matcher name = LEFTOVER.matcher(part.getFileName().toString());
			Optional<Entry> entry = name.matches() ? ledger.download(name.group(2)) : Optional.empty();
			if (entry.isEmpty()) {
				Files.delete(part);
			}
			else if (!Files.exists(in.resolve(entry.get().name()))) {
				rename(part, in.resolve(entry.get().name()));
				Entry e = entry.get();
				delivered.add(new PulledFile(e.name(), e.size(), e.sha256(), e.remotePath()));
			}
		}
	}

	/** Why a remote file is not taken, judged from its name alone. */
	static Optional<String> refusal(String name) {
		if (name.startsWith(".")) {
			return Optional.of("hidden file");
		}
		if (name.endsWith(".part") || name.endsWith(".filepart")) {
			return Optional.of("upload in progress on the remote");
		}
		if (name.length() > 200 || name.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\' || c == 0x7f)) {
			return Optional.of("name not usable as a local file name");
		}
		return Optional.empty();
	}

	/**
	 * True while {@code in/<name>} or another recorded download of that name still waits
	 * in {@code in/}.
	 */
	static boolean nameTaken(Path in, String name, Path ownPart) throws IOException {
		if (Files.exists(in.resolve(name))) {
			return true;
		}
		return leftovers(in).stream()
			.filter(part -> !part.equals(ownPart))
			.map(part -> LEFTOVER.matcher(part.getFileName().toString()))
			.anyMatch(m -> m.matches() && m.group(1).equals(name));
	}

	static void rename(Path part, Path target) throws IOException {
		Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
		Durable.forceFolder(target.getParent());
	}

	private static List<Path> leftovers(Path in) throws IOException {
		try (Stream<Path> files = Files.list(in)) {
			return files.filter(f -> f.getFileName().toString().endsWith(RemotePull.PART_SUFFIX)).toList();
		}
	}

}

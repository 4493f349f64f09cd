package fr.relance.intake.sftp.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The record of every file pulled for one establishment,
 * {@code <drop>/.pull/<FINESS>/pulled.log}: one line per file,
 * {@code pulledAt TAB downloadId TAB sha256 TAB size TAB name TAB remotePath}, appended
 * and forced to disk before the file is given its final name in {@code in/} and before
 * the remote copy is deleted. A line torn by a crash is ignored: its download is then
 * unrecorded, so it is thrown away and taken again.
 */
public final class PullLedger {

	private final Path file;

	private final Set<String> hashes = new HashSet<>();

	private final Map<String, Entry> byDownload = new HashMap<>();

	/**
	 * One recorded file; {@code downloadId} also names its temporary file in {@code in/}.
	 */
	public record Entry(String downloadId, String sha256, long size, String name, String remotePath) {
	}

	private PullLedger(Path file) {
		this.file = file;
	}

	public static PullLedger open(Path file) throws IOException {
		PullLedger ledger = new PullLedger(file);
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] fields = line.split("\t", -1);
				if (fields.length == 6 && fields[2].matches("[0-9a-f]{64}") && fields[3].matches("[0-9]{1,18}")) {
					ledger.add(new Entry(fields[1], fields[2], Long.parseLong(fields[3]), fields[4], fields[5]));
				}
			}
		}
		return ledger;
	}

	public boolean hasHash(String sha256) {
		return hashes.contains(sha256);
	}

	public Optional<Entry> download(String downloadId) {
		return Optional.ofNullable(byDownload.get(downloadId));
	}

	private void add(Entry entry) {
		hashes.add(entry.sha256());
		byDownload.put(entry.downloadId(), entry);
	}

	/**
	 * Appends the line and forces it to disk: once this returns, a crash cannot lose the
	 * record.
	 */
	public void record(Instant pulledAt, Entry entry) throws IOException {
		boolean created = !Files.exists(file);
		Files.createDirectories(file.getParent());
		String line = String.join("\t", List.of(pulledAt.toString(), entry.downloadId(), entry.sha256(),
				Long.toString(entry.size()), entry.name(), entry.remotePath())) + "\n";
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.READ)) {
			if (endsWithoutNewline(channel)) {
				line = "\n" + line;
			}
			channel.position(channel.size());
			ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(true);
		}
		if (created) {
			Durable.forceFolder(file.getParent());
		}
		add(entry);
	}

	/** A torn last line must not swallow the next record. */
	private static boolean endsWithoutNewline(FileChannel channel) throws IOException {
		long size = channel.size();
		if (size == 0) {
			return false;
		}
		ByteBuffer last = ByteBuffer.allocate(1);
		channel.read(last, size - 1);
		return last.get(0) != '\n';
	}

}

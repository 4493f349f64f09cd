package fr.relance.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.retention.internal.DatedFiles;
import fr.relance.support.config.RelanceProperties;

/**
 * Finds the files past their retention period on a night, and deletes exactly those. The
 * same listing serves the night and {@code retention --dry-run}, so the dry run shows
 * what the night deletes.
 */
@Component
public class RetentionPlan {

	private static final String REASON_SUFFIX = ".reason.txt";

	private final RelanceProperties properties;

	private final RetentionSettings settings;

	@Autowired
	RetentionPlan(RelanceProperties properties, RetentionSettings settings) {
		this.properties = properties;
		this.settings = settings;
	}

	/** Every file past its retention on {@code night}, by kind, then path. */
	public List<Expired> expiredOn(LocalDate night) {
		List<Expired> expired = new ArrayList<>();
		Path drop = properties.drop();
		for (Path establishment : DatedFiles.folders(drop.resolve(".archive"))) {
			for (Path day : DatedFiles.folders(establishment)) {
				DatedFiles.leadingDate(day)
					.filter(d -> past(RetentionKind.ARCHIVE, d, night))
					.ifPresent(d -> DatedFiles.files(day)
						.forEach(f -> expired.add(new Expired(RetentionKind.ARCHIVE, f, d))));
			}
		}
		for (Path establishment : DatedFiles.folders(drop.resolve(".quarantine"))) {
			quarantine(establishment, night, expired);
			quarantine(establishment.resolve(".released"), night, expired);
		}
		for (Path establishment : DatedFiles.folders(drop)) {
			if (establishment.getFileName().toString().startsWith(".")) {
				continue;
			}
			for (Path report : DatedFiles.files(establishment.resolve("out"))) {
				DatedFiles.leadingDate(report)
					.filter(d -> past(RetentionKind.REPORTS, d, night))
					.ifPresent(d -> expired.add(new Expired(RetentionKind.REPORTS, report, d)));
			}
		}
		for (Path day : DatedFiles.folders(properties.out())) {
			DatedFiles.leadingDate(day)
				.filter(d -> day.getFileName().toString().length() == 10)
				.filter(d -> past(RetentionKind.OUTPUTS, d, night))
				.ifPresent(d -> outputs(day, d, expired));
		}
		return expired;
	}

	/**
	 * Deletes these files (what {@link #expiredOn} listed); a file already gone counts as
	 * deleted. Folders left empty by it (an archive day) go too.
	 * @return how many files of each kind were deleted
	 */
	public Map<RetentionKind, Long> delete(List<Expired> expired) {
		Map<RetentionKind, Long> counts = new EnumMap<>(RetentionKind.class);
		for (RetentionKind kind : RetentionKind.values()) {
			counts.put(kind, 0L);
		}
		try {
			for (Expired e : expired) {
				Files.deleteIfExists(e.file());
				counts.merge(e.kind(), 1L, Long::sum);
				Path parent = e.file().getParent();
				if (e.kind() == RetentionKind.ARCHIVE && isEmpty(parent)) {
					Files.delete(parent);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete a file past its retention period", e);
		}
		return counts;
	}

	/** {@code drop/...} or {@code out/...}: a file as ops name it. */
	public String shown(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		Path drop = properties.drop().toAbsolutePath().normalize();
		Path out = properties.out().toAbsolutePath().normalize();
		if (absolute.startsWith(drop)) {
			return "drop/" + drop.relativize(absolute);
		}
		return absolute.startsWith(out) ? "out/" + out.relativize(absolute) : absolute.toString();
	}

	public RetentionSettings settings() {
		return settings;
	}

	private boolean past(RetentionKind kind, LocalDate dated, LocalDate night) {
		return dated.plusDays(settings.days(kind)).isBefore(night);
	}

	/** A quarantined file and its reason file expire together. */
	private void quarantine(Path folder, LocalDate night, List<Expired> expired) {
		for (Path file : DatedFiles.files(folder)) {
			String name = file.getFileName().toString();
			boolean reason = name.endsWith(REASON_SUFFIX);
			if (reason && Files.exists(file.resolveSibling(name.substring(0, name.length() - REASON_SUFFIX.length())),
					LinkOption.NOFOLLOW_LINKS)) {
				continue; // listed with its file, below
			}
			Path reasonFile = reason ? file : file.resolveSibling(name + REASON_SUFFIX);
			LocalDate dated = DatedFiles.quarantineNight(file, reasonFile, properties.zone());
			if (past(RetentionKind.QUARANTINE, dated, night)) {
				expired.add(new Expired(RetentionKind.QUARANTINE, file, dated));
				if (!reason && Files.exists(reasonFile, LinkOption.NOFOLLOW_LINKS)) {
					expired.add(new Expired(RetentionKind.QUARANTINE, reasonFile, dated));
				}
			}
		}
	}

	private static void outputs(Path day, LocalDate dated, List<Expired> expired) {
		try (var files = Files.walk(day)) {
			files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
				.filter(f -> !f.equals(day.resolve("run-summary.json")))
				.sorted()
				.forEach(f -> expired.add(new Expired(RetentionKind.OUTPUTS, f, dated)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list " + day, e);
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

}

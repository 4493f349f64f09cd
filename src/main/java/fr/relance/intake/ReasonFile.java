package fr.relance.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code .reason.txt} beside a quarantined file ({@link Quarantine}, intake):
 * {@code Key : value} lines, read back by ops commands and retention.
 */
public final class ReasonFile {

	public static final String SUFFIX = ".reason.txt";

	private final Map<String, String> values;

	private ReasonFile(Map<String, String> values) {
		this.values = values;
	}

	public static Path of(Path stored) {
		return stored.resolveSibling(stored.getFileName() + SUFFIX);
	}

	/** The reason file of {@code stored}; empty values when it has none. */
	public static ReasonFile read(Path stored) throws IOException {
		return readFile(of(stored));
	}

	/**
	 * The reason file {@code file} itself (e.g. a released trace); empty values when it
	 * does not exist.
	 */
	public static ReasonFile readFile(Path file) throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		if (Files.isRegularFile(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int colon = line.indexOf(" : ");
				if (colon > 0) {
					values.putIfAbsent(line.substring(0, colon).strip(), line.substring(colon + 3).strip());
				}
			}
		}
		return new ReasonFile(values);
	}

	public Optional<String> value(String key) {
		return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
	}

}

package fr.relance.establishment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.establishment.internal.EstablishmentFileReader;
import fr.relance.support.config.RelanceProperties;

/**
 * Every establishment the engine serves, read and validated once at start-up from
 * {@code <establishments>/<FINESS>.yml}. A broken file stops the engine before any work,
 * naming the file and key.
 */
@Component
public class EstablishmentDirectory {

	private static final Logger log = LoggerFactory.getLogger(EstablishmentDirectory.class);

	private final Map<String, Establishment> byFiness;

	@Autowired
	EstablishmentDirectory(RelanceProperties properties) {
		this(properties.establishments());
	}

	public EstablishmentDirectory(Path directory) {
		this.byFiness = load(directory);
	}

	private static Map<String, Establishment> load(Path directory) {
		Map<String, Establishment> loaded = new LinkedHashMap<>();
		if (!Files.isDirectory(directory)) {
			log.warn("no establishment directory at {}: no establishment will be served", directory.toAbsolutePath());
			return loaded;
		}
		try (Stream<Path> files = Files.list(directory)) {
			files.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().forEach(file -> {
				Establishment establishment = EstablishmentFileReader.read(file);
				loaded.put(establishment.finess(), establishment);
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot list the establishment directory " + directory, e);
		}
		return loaded;
	}

	/**
	 * Reads and validates one establishment file as the engine does at start-up, for the
	 * commands that write or list them.
	 * @throws fr.relance.support.config.ConfigException naming the file, the key and what
	 * was expected
	 */
	public static Establishment readFile(Path file) {
		return EstablishmentFileReader.read(file);
	}

	public Collection<Establishment> all() {
		return byFiness.values();
	}

	/** The establishment a night runs for; it must still be configured. */
	public Establishment get(String finess) {
		return find(finess).orElseThrow(() -> new IllegalStateException("establishment " + finess
				+ " is no longer configured (its file is gone or disabled): its night cannot run"));
	}

	public Optional<Establishment> find(String finess) {
		return Optional.ofNullable(byFiness.get(finess));
	}

}

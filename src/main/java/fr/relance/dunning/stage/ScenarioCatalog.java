package fr.relance.dunning.stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.relance.dunning.scenario.Scenario;
import fr.relance.dunning.scenario.ScenarioException;
import fr.relance.dunning.scenario.ScenarioLoader;
import fr.relance.establishment.Establishment;
import fr.relance.establishment.EstablishmentDirectory;
import fr.relance.support.config.RelanceProperties;

/**
 * The dunning scenarios of this run, read once from {@code <jobs>/scenarios/<name>.yml}.
 * Every scenario an establishment names is loaded and validated when the engine starts,
 * so a missing or broken file stops the engine before any work, naming the establishment,
 * the file and every problem.
 */
@Component
public class ScenarioCatalog {

	private final Path directory;

	private final Map<String, Scenario> byName = new ConcurrentHashMap<>();

	@Autowired
	ScenarioCatalog(RelanceProperties properties, EstablishmentDirectory establishments) {
		this(properties.jobs().resolve("scenarios"), establishments.all());
	}

	/**
	 * Loads the scenarios of the given establishments from {@code directory}, all
	 * problems reported at once.
	 */
	public ScenarioCatalog(Path directory, Collection<Establishment> establishments) {
		this.directory = directory;
		List<String> problems = new ArrayList<>();
		for (Establishment establishment : establishments) {
			try {
				get(establishment.scenario());
			}
			catch (ScenarioException | IllegalArgumentException | java.io.UncheckedIOException e) {
				problems.add("establishment " + establishment.finess() + " names scenario '" + establishment.scenario()
						+ "': " + e.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException("cannot use the dunning scenarios:\n" + String.join("\n", problems));
		}
	}

	/**
	 * The scenario named {@code name} ({@code <jobs>/scenarios/<name>.yml}), read the
	 * first time it is asked for.
	 */
	public Scenario get(String name) {
		return this.byName.computeIfAbsent(name, this::load);
	}

	private Scenario load(String name) {
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
			throw new IllegalArgumentException("'" + name + "' is not a scenario name");
		}
		Path file = this.directory.resolve(name + ".yml");
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("no scenario file " + file.toAbsolutePath());
		}
		return ScenarioLoader.load(file);
	}

}

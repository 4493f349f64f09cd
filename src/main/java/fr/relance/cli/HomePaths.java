package fr.relance.cli;

import java.nio.file.Path;
import java.util.Map;

import fr.relance.support.config.RelanceProperties;

/**
 * The engine's folders for the commands that only read or move files (status, quarantine,
 * establishment): the same options, properties and environment variables as the engine's,
 * resolved without starting it, so that they work while a night holds the home and the
 * database.
 */
final class HomePaths {

	private HomePaths() {
	}

	static RelanceProperties of(Arguments arguments) {
		Map<String, String> properties = EngineOptions.properties(arguments);
		return new RelanceProperties(path(properties, "relance.home", "RELANCE_HOME"),
				path(properties, "relance.drop", "RELANCE_DROP"), path(properties, "relance.out", "RELANCE_OUT"),
				path(properties, "relance.jobs", "RELANCE_JOBS"),
				path(properties, "relance.establishments", "RELANCE_ESTABLISHMENTS"), null, null, null);
	}

	/** The engine home the engine will use with these properties. */
	static Path home(Map<String, String> properties) {
		Path home = path(properties, "relance.home", "RELANCE_HOME");
		return home == null ? Path.of("var") : home;
	}

	private static Path path(Map<String, String> properties, String property, String environment) {
		String value = properties.getOrDefault(property, System.getenv(environment));
		return value == null || value.isBlank() ? null : Path.of(value);
	}

}

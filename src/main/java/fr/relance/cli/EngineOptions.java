package fr.relance.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options every engine command shares, mapped to the Spring properties they set. The
 * same properties can come from the environment ({@code RELANCE_HOME},
 * {@code SPRING_DATASOURCE_URL}...): an option wins over both.
 */
final class EngineOptions {

	private static final Map<String, String> PROPERTY_OF_OPTION = Map.of("home", "relance.home", "drop", "relance.drop",
			"out", "relance.out", "jobs", "relance.jobs", "establishments", "relance.establishments", "db-url",
			"spring.datasource.url", "db-user", "spring.datasource.username", "db-password",
			"spring.datasource.password");

	static final Set<String> NAMES = PROPERTY_OF_OPTION.keySet();

	static final String HELP = """
			  --home DIR            engine home: embedded database, default drop and outputs (default ./var)
			  --drop DIR            drop-zone root, <drop>/<FINESS>/in (default <home>/drop)
			  --out DIR             ops outputs: run summaries... (default <home>/out)
			  --jobs DIR            job definitions, scenarios, profiles (default ./jobs)
			  --establishments DIR  establishment files (default <jobs>/establishments)
			  --db-url URL          external PostgreSQL 14+ (default: embedded PostgreSQL under <home>)
			  --db-user USER, --db-password PASSWORD
			  --relance.x=V, --spring.x=V   any other engine property
			""";

	private EngineOptions() {
	}

	static Map<String, String> properties(Arguments arguments) {
		Map<String, String> properties = new LinkedHashMap<>();
		PROPERTY_OF_OPTION.forEach(
				(option, property) -> arguments.option(option).ifPresent(value -> properties.put(property, value)));
		properties.putAll(arguments.passThroughProperties());
		return properties;
	}

}

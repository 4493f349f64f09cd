package fr.relance.dunning.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a scenario file ({@code jobs/scenarios/*.yml}, format in {@code jobs/scenarios/README.md}) into a
 * {@link Scenario}, or throws a {@link ScenarioException} listing every problem as {@code file: key: message}.
 * Parsing uses SnakeYAML's safe constructor: plain maps, lists and scalars, never arbitrary classes.
 */
public final class ScenarioLoader {

	private ScenarioLoader() {
	}

	public static Scenario load(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return load(file.getFileName().toString(), reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(file + ": cannot read scenario", ex);
		}
	}

	/** Reads a scenario; {@code fileName} only names the source in errors and on the scenario. */
	public static Scenario load(String fileName, Reader reader) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (YAMLException ex) {
			throw new ScenarioException(List.of(fileName + ": not valid YAML: " + ex.getMessage()));
		}
		ScenarioFields fields = new ScenarioFields(fileName);
		Scenario scenario = read(fileName, fields, fields.map(root, "(document)"));
		if (!fields.errors().isEmpty()) {
			throw new ScenarioException(fields.errors());
		}
		return scenario;
	}

	private static Scenario read(String fileName, ScenarioFields fields, Map<String, Object> root) {
		fields.onlyKeys(root, "", "version", "name", "sector", "margin", "bands", "steps");
		String version = fields.text(root, "version", "");
		String name = fields.text(root, "name", "");
		Sector sector = fields.choice(root, "sector", "", Sector.class, null);
		BigDecimal margin = fields.decimal(root, "margin", "", null, BigDecimal.ZERO);
		List<AmountBand> bands = bands(fields, fields.list(root.get("bands"), "bands"));
		List<ScenarioStep> steps = new StepReader(fields, bands).steps(fields.list(root.get("steps"), "steps"));
		return new Scenario(fileName, version, name, sector, margin, bands, steps);
	}

	/** Bands are listed in increasing order of their exclusive upper bound; the last one is open. */
	private static List<AmountBand> bands(ScenarioFields fields, List<?> nodes) {
		if (nodes.isEmpty()) {
			fields.error("bands", "at least one band is required");
		}
		List<AmountBand> bands = new ArrayList<>();
		Set<String> names = new HashSet<>();
		BigDecimal from = BigDecimal.ZERO.setScale(2);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "bands[" + i + "]";
			Map<String, Object> node = fields.map(nodes.get(i), path);
			fields.onlyKeys(node, path, "name", "upTo");
			String name = fields.text(node, "name", path);
			if (!name.isEmpty() && !names.add(name)) {
				fields.error(path + ".name", "duplicate band '" + name + "'");
			}
			boolean last = i == nodes.size() - 1;
			BigDecimal upTo = null;
			if (last && node.containsKey("upTo")) {
				fields.error(path + ".upTo", "the last band must be open (no upTo)");
			}
			else if (!last) {
				upTo = fields.decimal(node, "upTo", path, null, BigDecimal.ZERO);
				if (upTo.compareTo(from) <= 0) {
					fields.error(path + ".upTo", "must be > " + from.toPlainString() + " (bands in increasing order)");
				}
			}
			bands.add(new AmountBand(name, from, upTo));
			from = upTo == null ? from : upTo;
		}
		return bands;
	}

}

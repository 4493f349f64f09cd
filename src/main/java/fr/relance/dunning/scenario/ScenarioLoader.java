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
import java.util.Objects;
import java.util.Set;

import fr.relance.support.config.ConfigException;
import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * Reads a scenario file ({@code jobs/scenarios/*.yml}, format in
 * {@code jobs/scenarios/README.md}) into a {@link Scenario}, or throws a
 * {@link ScenarioException} listing every problem as
 * {@code file line N, key.path: message}, so ops fix a scenario in one go.
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

	/**
	 * Reads a scenario; {@code fileName} only names the source in errors and on the
	 * scenario.
	 */
	public static Scenario load(String fileName, Reader reader) {
		YamlDocument document;
		try {
			document = YamlDocument.parse(fileName, reader);
		}
		catch (ConfigException ex) {
			throw new ScenarioException(ex.errors());
		}
		Scenario scenario = read(fileName, document.root());
		if (document.hasErrors()) {
			throw new ScenarioException(document.errors());
		}
		return scenario;
	}

	private static Scenario read(String fileName, YamlMap root) {
		root.onlyKeys("version", "name", "sector", "margin", "bands", "steps");
		String version = Objects.requireNonNullElse(root.required("version"), "");
		String name = Objects.requireNonNullElse(root.required("name"), "");
		Sector sector = root.choice("sector", Sector.class, null);
		BigDecimal margin = legacyScale(
				Objects.requireNonNullElse(root.decimalAtLeast("margin", BigDecimal.ZERO, null), BigDecimal.ZERO));
		List<AmountBand> bands = bands(root);
		List<ScenarioStep> steps = new StepReader(bands).steps(root);
		return new Scenario(fileName, version, name, sector, margin, bands, steps);
	}

	/**
	 * Bands are listed in increasing order of their exclusive upper bound; the last one
	 * is open.
	 */
	private static List<AmountBand> bands(YamlMap root) {
		List<YamlMap> nodes = root.requiredMaps("bands");
		if (nodes.isEmpty() && root.has("bands")) {
			root.error("bands", "at least one band is required");
		}
		List<AmountBand> bands = new ArrayList<>();
		Set<String> names = new HashSet<>();
		BigDecimal from = BigDecimal.ZERO.setScale(2);
		for (int i = 0; i < nodes.size(); i++) {
			YamlMap node = nodes.get(i);
			node.onlyKeys("name", "upTo");
			String name = Objects.requireNonNullElse(node.required("name"), "");
			if (!name.isEmpty() && !names.add(name)) {
				node.error("name", "duplicate band '" + name + "'");
			}
			boolean last = i == nodes.size() - 1;
			BigDecimal upTo = null;
			if (last && node.has("upTo")) {
				node.error("upTo", "the last band must be open (no upTo)");
			}
			else if (!last) {
				upTo = Objects.requireNonNullElse(node.decimalAtLeast("upTo", BigDecimal.ZERO, null), BigDecimal.ZERO);
				if (upTo.compareTo(from) <= 0) {
					node.error("upTo", "must be > " + from.toPlainString() + " (bands in increasing order)");
				}
			}
			bands.add(new AmountBand(name, from, upTo));
			from = upTo == null ? from : upTo;
		}
		return bands;
	}

	/**
	 * The margin as the former reader gave it (through a double: 0.20 became 0.2), since
	 * decisions quote it in their explanations ("threshold 1.77 x (1 + 0.2)") and
	 * explanations must read the same from one version to the next.
	 */
	private static BigDecimal legacyScale(BigDecimal margin) {
		return margin.scale() > 0 ? new BigDecimal(Double.toString(margin.doubleValue())) : margin;
	}

}

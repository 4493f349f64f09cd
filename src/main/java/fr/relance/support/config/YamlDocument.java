package fr.relance.support.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One configuration file read as SnakeYAML's node tree (never its objects: no class is
 * ever built from the file, and every value keeps its line and its text as written).
 * Readers map its keys to values through {@link #root()}; the problems they meet are
 * collected, each {@code file line N, key.path: problem}, and {@link #check()} throws
 * them all at once, sorted by line, so an operator fixes a file in one go.
 */
public final class YamlDocument {

	private final String name;

	private final List<Problem> problems = new ArrayList<>();

	private final YamlMap root;

	private YamlDocument(String name, Node node) {
		this.name = name;
		if (node instanceof MappingNode mapping) {
			this.root = new YamlMap(this, "", mapping);
		}
		else {
			this.root = new YamlMap(this, "", null);
			error(node, "", node == null ? "is empty: must be a YAML mapping of keys to values"
					: "must be a YAML mapping of keys to values");
		}
	}

	/** Reads {@code file}, named in errors by its file name. */
	public static YamlDocument read(Path file) {
		return read(file, file.getFileName().toString());
	}

	/**
	 * Reads {@code file}, named {@code name} in errors. Invalid YAML throws at once, with
	 * its line.
	 */
	public static YamlDocument read(Path file, String name) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(name, reader);
		}
		catch (IOException e) {
			throw new ConfigException(name + ": cannot be read: " + e);
		}
	}

	/** Parses a document from {@code reader}; {@code name} only names it in errors. */
	public static YamlDocument parse(String name, Reader reader) {
		try {
			return new YamlDocument(name, new Yaml(new LoaderOptions()).compose(reader));
		}
		catch (MarkedYAMLException e) {
			Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			throw new ConfigException(name + (mark == null ? "" : " line " + (mark.getLine() + 1))
					+ ": not valid YAML: " + (e.getProblem() != null ? e.getProblem() : e.getContext()));
		}
		catch (YAMLException e) {
			throw new ConfigException(name + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
		}
	}

	/**
	 * The top mapping; an empty one (its absence already recorded) when the file holds
	 * something else.
	 */
	public YamlMap root() {
		return root;
	}

	/**
	 * Records a problem about {@code node}, known in the file as {@code path} (empty for
	 * the document).
	 */
	void error(Node node, String path, String problem) {
		int line = line(node);
		problems.add(new Problem(line, name + " line " + line + (path.isEmpty() ? "" : ", " + path) + ": " + problem));
	}

	/**
	 * Whether any problem was recorded; a reader checks it before rules that need valid
	 * values.
	 */
	public boolean hasErrors() {
		return !problems.isEmpty();
	}

	/** The problems recorded so far, sorted by line. */
	public List<String> errors() {
		return problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::message).toList();
	}

	/** Throws every problem recorded so far, if any. */
	public void check() {
		if (hasErrors()) {
			throw new ConfigException(errors());
		}
	}

	/**
	 * What {@code build} makes of the values read, once {@link #check()} passed (so it
	 * never sees a bad one).
	 */
	public <T> T result(Supplier<T> build) {
		check();
		return build.get();
	}

	static int line(Node node) {
		return node == null || node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
	}

	private record Problem(int line, String message) {
	}

}

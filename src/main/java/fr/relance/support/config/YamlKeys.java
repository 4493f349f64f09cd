package fr.relance.support.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, in file order. SnakeYAML's node tree keeps a key given
 * twice (its object loader keeps the last one silently): here the second is refused.
 * {@code <<} merges are applied as SnakeYAML's loader does.
 */
final class YamlKeys {

	private YamlKeys() {
	}

	/**
	 * Explicit keys first (a repeated one recorded as a problem), then those merged in
	 * with {@code <<} not given.
	 */
	static Map<String, NodeTuple> index(YamlDocument document, YamlMap map, MappingNode mapping) {
		Map<String, NodeTuple> keys = new LinkedHashMap<>();
		List<Node> merged = new ArrayList<>();
		for (NodeTuple tuple : mapping.getValue()) {
			Node key = tuple.getKeyNode();
			if (key.getTag().equals(Tag.MERGE)) {
				merged.add(tuple.getValueNode());
				continue;
			}
			NodeTuple first = keys.putIfAbsent(name(key), tuple);
			if (first != null) {
				document.error(key, map.at(name(key)),
						"is given twice (first on line " + YamlDocument.line(first.getKeyNode()) + ")");
			}
		}
		for (Node source : merged) {
			for (Node other : source instanceof SequenceNode sequence ? sequence.getValue() : List.of(source)) {
				if (other instanceof MappingNode otherMapping) {
					otherMapping.getValue().forEach(t -> keys.putIfAbsent(name(t.getKeyNode()), t));
				}
				else {
					document.error(other, map.at("<<"), "must be a mapping to merge");
				}
			}
		}
		return keys;
	}

	private static String name(Node key) {
		return key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(key);
	}

}

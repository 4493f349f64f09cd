package fr.relance.scheduling.cluster.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import fr.relance.scheduling.cluster.NightSchedule;
import fr.relance.scheduling.cluster.NightSchedule.BusinessDate;
import fr.relance.scheduling.cluster.NightSchedule.Misfire;
import fr.relance.support.config.ConfigException;

/**
 * Reads {@code schedule.yml} through SnakeYAML's node tree, not its objects, so that every error names the line of
 * the value at fault: "schedule.yml line 5, schedules[0].cron: ...".
 */
public final class ScheduleFileReader {

	private static final Set<String> KEYS = Set.of("name", "cron", "timeZone", "misfire", "businessDate");

	private final String file;

	private ScheduleFileReader(String file) {
		this.file = file;
	}

	/** The schedules of {@code path}, cron expressions without a zone read in {@code defaultZone}. */
	public static List<NightSchedule> read(Path path, ZoneId defaultZone) {
		ScheduleFileReader reader = new ScheduleFileReader(path.toString());
		Node root;
		try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(in);
		}
		catch (NoSuchFileException e) {
			throw new ConfigException(path + ": not found: the scheduler needs this file with at least one schedule"
					+ " (see jobs/README.md)");
		}
		catch (MarkedYAMLException e) {
			int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
			throw new ConfigException(path + " line " + line + ": not valid YAML: " + e.getProblem());
		}
		catch (YAMLException | IOException e) {
			throw new ConfigException(path + ": cannot be read: " + e.getMessage());
		}
		return reader.schedules(root, defaultZone);
	}

	private List<NightSchedule> schedules(Node root, ZoneId defaultZone) {
		if (!(root instanceof MappingNode top)) {
			throw error(root, "", "must be a mapping with the key schedules");
		}
		Map<String, NodeTuple> keys = keys(top, "", Set.of("schedules"));
		NodeTuple list = keys.get("schedules");
		if (list == null || !(list.getValueNode() instanceof SequenceNode sequence)
				|| sequence.getValue().isEmpty()) {
			throw error(list == null ? top : list.getValueNode(), "schedules", "must be a list of at least one schedule");
		}
		List<NightSchedule> schedules = new ArrayList<>();
		Map<String, Integer> names = new HashMap<>();
		for (int i = 0; i < sequence.getValue().size(); i++) {
			NightSchedule schedule = schedule(sequence.getValue().get(i), "schedules[" + i + "]", defaultZone);
			Integer first = names.putIfAbsent(schedule.name(), schedule.line());
			if (first != null) {
				throw new ConfigException(file + " line " + schedule.line() + ", schedules[" + i + "].name: '"
						+ schedule.name() + "' is already the name of the schedule of line " + first);
			}
			schedules.add(schedule);
		}
		return List.copyOf(schedules);
	}

	private NightSchedule schedule(Node node, String at, ZoneId defaultZone) {
		if (!(node instanceof MappingNode mapping)) {
			throw error(node, at, "must be a mapping of " + new TreeSet<>(KEYS));
		}
		Map<String, NodeTuple> keys = keys(mapping, at, KEYS);
		String name = scalar(keys, mapping, at, "name", null);
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,60}")) {
			throw error(keys.get("name").getValueNode(), at + ".name",
					"must be letters, digits, '.', '_' or '-' (at most 61), got '" + name + "'");
		}
		String cron = scalar(keys, mapping, at, "cron", null);
		ZoneId zone = zone(keys, mapping, at, defaultZone);
		try {
			new CronExpression(cron).setTimeZone(java.util.TimeZone.getTimeZone(zone));
		}
		catch (ParseException e) {
			throw error(keys.get("cron").getValueNode(), at + ".cron", "not a Quartz cron expression (seconds minutes"
					+ " hours day-of-month month day-of-week, e.g. '0 30 2 * * ?'): '" + cron + "': " + e.getMessage());
		}
		Misfire misfire = word(keys, mapping, at, "misfire", Misfire.values(), Misfire::word, Misfire.FIRE_NOW);
		BusinessDate date = word(keys, mapping, at, "businessDate", BusinessDate.values(), BusinessDate::word,
				BusinessDate.FIRE_DAY);
		return new NightSchedule(name, cron, zone, misfire, date, line(mapping));
	}

	private ZoneId zone(Map<String, NodeTuple> keys, MappingNode mapping, String at, ZoneId defaultZone) {
		if (!keys.containsKey("timeZone")) {
			return defaultZone;
		}
		String text = scalar(keys, mapping, at, "timeZone", null);
		try {
			return ZoneId.of(text);
		}
		catch (DateTimeException e) {
			throw error(keys.get("timeZone").getValueNode(), at + ".timeZone",
					"not a time zone (e.g. Europe/Paris), got '" + text + "'");
		}
	}

	private <E> E word(Map<String, NodeTuple> keys, MappingNode mapping, String at, String key, E[] values,
			java.util.function.Function<E, String> word, E defaultValue) {
		if (!keys.containsKey(key)) {
			return defaultValue;
		}
		String text = scalar(keys, mapping, at, key, null);
		return Arrays.stream(values).filter(v -> word.apply(v).equals(text)).findFirst()
			.orElseThrow(() -> error(keys.get(key).getValueNode(), at + "." + key, "must be one of "
					+ Arrays.stream(values).map(word).toList() + ", got '" + text + "'"));
	}

	private String scalar(Map<String, NodeTuple> keys, MappingNode mapping, String at, String key, String defaultValue) {
		NodeTuple tuple = keys.get(key);
		if (tuple == null) {
			if (defaultValue != null) {
				return defaultValue;
			}
			throw error(mapping, at + "." + key, "is required");
		}
		if (!(tuple.getValueNode() instanceof ScalarNode value) || value.getValue().isBlank()) {
			throw error(tuple.getValueNode(), at + "." + key, "must be a single non-empty value");
		}
		return value.getValue().strip();
	}

	private Map<String, NodeTuple> keys(MappingNode mapping, String at, Set<String> allowed) {
		Map<String, NodeTuple> keys = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
			String field = at.isEmpty() ? key : at + "." + key;
			if (!allowed.contains(key)) {
				throw error(tuple.getKeyNode(), field, "unknown key (allowed: " + new TreeSet<>(allowed) + ")");
			}
			if (keys.put(key, tuple) != null) {
				throw error(tuple.getKeyNode(), field, "is given twice");
			}
		}
		return keys;
	}

	private ConfigException error(Node node, String field, String problem) {
		return new ConfigException(file + " line " + line(node) + (field.isEmpty() ? "" : ", " + field) + ": "
				+ problem);
	}

	private static int line(Node node) {
		return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
	}

}

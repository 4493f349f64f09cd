package fr.relance.scheduling.cluster.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.quartz.CronExpression;

import fr.relance.scheduling.cluster.NightSchedule;
import fr.relance.scheduling.cluster.NightSchedule.BusinessDate;
import fr.relance.scheduling.cluster.NightSchedule.Misfire;
import fr.relance.support.config.ConfigException;
import fr.relance.support.config.YamlDocument;
import fr.relance.support.config.YamlMap;

/**
 * Reads {@code schedule.yml}; every error names the file (its path) and the line:
 * "schedule.yml line 5, schedules[0].cron: ...".
 */
public final class ScheduleFileReader {

	private ScheduleFileReader() {
	}

	/**
	 * The schedules of {@code path}, cron expressions without a zone read in
	 * {@code defaultZone}.
	 */
	public static List<NightSchedule> read(Path path, ZoneId defaultZone) {
		if (!Files.exists(path)) {
			throw new ConfigException(path + ": not found: the scheduler needs this file with at least one schedule"
					+ " (see jobs/README.md)");
		}
		YamlDocument document = YamlDocument.read(path, path.toString());
		YamlMap root = document.root();
		root.onlyKeys("schedules");
		List<YamlMap> items = root.maps("schedules");
		if (items.isEmpty() && !document.hasErrors()) {
			root.error("schedules", "must be a list of at least one schedule");
		}
		List<NightSchedule> schedules = new ArrayList<>();
		Map<String, Integer> names = new HashMap<>();
		for (YamlMap item : items) {
			NightSchedule schedule = schedule(item, defaultZone);
			Integer first = schedule.name() == null ? null : names.putIfAbsent(schedule.name(), schedule.line());
			if (first != null) {
				item.error("name", "'" + schedule.name() + "' is already the name of the schedule of line " + first);
			}
			schedules.add(schedule);
		}
		return document.result(() -> List.copyOf(schedules));
	}

	private static NightSchedule schedule(YamlMap item, ZoneId defaultZone) {
		item.onlyKeys("name", "cron", "timeZone", "misfire", "businessDate");
		String name = item.required("name");
		if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,60}")) {
			item.error("name", "must be letters, digits, '.', '_' or '-' (at most 61), got '" + name + "'");
		}
		String cron = item.required("cron");
		ZoneId zone = zone(item, defaultZone);
		if (cron != null) {
			try {
				new CronExpression(cron).setTimeZone(TimeZone.getTimeZone(zone == null ? defaultZone : zone));
			}
			catch (ParseException e) {
				item.error("cron", "not a Quartz cron expression (seconds minutes hours day-of-month month"
						+ " day-of-week, e.g. '0 30 2 * * ?'): '" + cron + "': " + e.getMessage());
			}
		}
		Misfire misfire = item.word("misfire", Misfire.values(), Misfire::word, Misfire.FIRE_NOW);
		BusinessDate date = item.word("businessDate", BusinessDate.values(), BusinessDate::word, BusinessDate.FIRE_DAY);
		return new NightSchedule(name, cron, zone, misfire, date, item.line());
	}

	private static ZoneId zone(YamlMap item, ZoneId defaultZone) {
		if (!item.has("timeZone")) {
			return defaultZone;
		}
		String text = item.required("timeZone");
		try {
			return text == null ? null : ZoneId.of(text);
		}
		catch (DateTimeException e) {
			item.error("timeZone", "not a time zone (e.g. Europe/Paris), got '" + text + "'");
			return null;
		}
	}

}
